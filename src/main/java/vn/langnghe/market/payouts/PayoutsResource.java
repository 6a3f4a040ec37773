package vn.langnghe.market.payouts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payouts.PayoutViews.Created;
import vn.langnghe.market.payouts.PayoutViews.ImportResult;
import vn.langnghe.market.payouts.PayoutViews.RunView;
import vn.langnghe.market.payouts.PayoutViews.Runs;
import vn.langnghe.market.platform.PersonalDataRead;

/** Payout runs for the marketplace's administrators: make, read, export, settle. */
@Path("/admin/payouts")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class PayoutsResource {

  /** The week to pay ({@code 2026-W50}); none: the current one. */
  public record RunRequest(String period) {}

  @Inject PayoutRuns runs;
  @Inject Event<PersonalDataRead> reads;

  /** 201 with the run made now, 200 with the one the period had already. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(RunRequest request, @Context SecurityContext security) {
    Created made = runs.create(request == null ? null : request.period(),
        Caller.of(security).accountId());
    return Response.status(made.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(made.run())
        .build();
  }

  @GET
  public Runs list() {
    return runs.list();
  }

  @GET
  @Path("{id:[0-9]+}")
  public RunView run(@PathParam("id") long id, @Context SecurityContext security) {
    RunView run = runs.run(id);
    readBankAccounts(security, id, "view");
    return run;
  }

  /** A run names every paid artisan's bank account: the read is logged (Law 91). */
  private void readBankAccounts(SecurityContext security, long run, String how) {
    reads.fire(new PersonalDataRead(Caller.of(security).accountId(), null,
        "payout run " + run + " (" + how + "): the artisans' names and bank accounts"));
  }

  @GET
  @Path("{id:[0-9]+}/pain001.xml")
  @Produces(MediaType.APPLICATION_XML)
  public Response pain001(@PathParam("id") long id, @Context SecurityContext security) {
    readBankAccounts(security, id, "pain.001 file");
    return file(runs.pain001(id, Caller.of(security).accountId()));
  }

  @GET
  @Path("{id:[0-9]+}/payouts.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response xlsx(@PathParam("id") long id, @Context SecurityContext security) {
    readBankAccounts(security, id, "spreadsheet");
    return file(runs.xlsx(id, Caller.of(security).accountId()));
  }

  /** The bank's status report as the body: a pain.002 (XML) or a CSV of endToEndId,status,reason. */
  @POST
  @Path("{id:[0-9]+}/status")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "text/csv", MediaType.TEXT_PLAIN,
      MediaType.APPLICATION_OCTET_STREAM})
  public ImportResult status(@PathParam("id") long id, @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Type") String contentType, byte[] file,
      @Context SecurityContext security) {
    return runs.importStatus(id, fileName, contentType, file, Caller.of(security).accountId());
  }

  private static Response file(PayoutViews.File file) {
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
