package vn.langnghe.market.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.ledger.LedgerViews.Statement;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.QueryParams;

/** The artisan's ledger: gross, commission, tax withheld and net of their shop's sales. */
@Path("/my/ledger")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject Ledger ledger;

  /** {@code from} and {@code to} are days (2025-07-01), both included, in Vietnam's time. */
  @GET
  public Statement statement(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("page") String page, @QueryParam("size") String size,
      @Context SecurityContext security) {
    return ledger.statement(Caller.of(security), QueryParams.dateOrNull("from", from),
        QueryParams.dateOrNull("to", to), Page.Request.of(page, size));
  }
}
