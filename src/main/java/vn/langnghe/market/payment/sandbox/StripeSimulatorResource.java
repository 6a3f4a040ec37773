package vn.langnghe.market.payment.sandbox;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.langnghe.market.payment.SandboxOnly;

/**
 * The Stripe simulator's HTTP side, at Stripe's paths under {@code /api/sandbox/stripe}: what
 * our Stripe adapter calls in the demo run and the tests (form-encoded, Bearer secret key), and
 * the confirm that the card page ({@code /pay-card.html}) calls with the client secret. Answers
 * in Stripe's own JSON, errors included. Absent (404) unless {@code market.payments.sandbox} is on.
 */
@Path("/sandbox/stripe/v1")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SandboxOnly
public class StripeSimulatorResource {

  /** The HTTP status our webhook answered the event a confirm sent (absent: none sent). */
  static final String WEBHOOK_STATUS = "Sandbox-Webhook-Status";

  @Inject StripeSimulator simulator;

  @POST
  @Path("payment_intents")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createIntent(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam("Idempotency-Key") String idempotencyKey, MultivaluedMap<String, String> form) {
    return respond(simulator.createIntent(authorization, idempotencyKey, single(form)));
  }

  @GET
  @Path("payment_intents/{id}")
  public Response retrieveIntent(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("id") String id) {
    return respond(simulator.retrieveIntent(authorization, id));
  }

  @POST
  @Path("payment_intents/{id}/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("id") String id, MultivaluedMap<String, String> form) {
    return respond(simulator.confirm(authorization, id, single(form)));
  }

  @POST
  @Path("refunds")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response refund(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam("Idempotency-Key") String idempotencyKey, MultivaluedMap<String, String> form) {
    return respond(simulator.refund(authorization, idempotencyKey, single(form)));
  }

  /** Stripe's answers are not problem+json: its clients read its own error shape. */
  private static Response respond(StripeSimulator.Answer answer) {
    Response.ResponseBuilder response = Response.status(answer.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(answer.body());
    if (answer.webhook() != null) {
      response.header(WEBHOOK_STATUS, answer.webhook());
    }
    return response.build();
  }

  /** Stripe's parameters are single-valued; a list is spelled {@code items[0]}. */
  private static Map<String, String> single(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    if (form != null) {
      form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
    }
    return values;
  }
}
