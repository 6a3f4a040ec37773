package vn.langnghe.market.notifications.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import vn.langnghe.market.payment.SandboxOnly;

/**
 * The ZNS simulator's HTTP side under {@code /api/sandbox/zalo}: ZNS's own path (what our client
 * calls) and the sandbox's controls: what it received, and the fault switch. Absent (404) unless
 * the payment sandbox is on.
 */
@Path("/sandbox/zalo")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SandboxOnly
public class ZnsSimulatorResource {

  @Inject ZnsSimulator simulator;

  @POST
  @Path("message/template")
  @Consumes(MediaType.WILDCARD)
  public Response template(@HeaderParam("access_token") String accessToken, String body) {
    JsonNode json;
    try {
      json = body == null || body.isBlank() ? null : ZnsSimulator.JSON.readTree(body);
    } catch (IOException e) {
      json = null;
    }
    ZnsSimulator.Answer answer = simulator.send(accessToken, json);
    return Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
        .entity(answer.body().toString()).build();
  }

  public record Log(List<ZnsSimulator.Received> received, List<ZnsSimulator.Refused> refused) {}

  /** What ZNS accepted and refused, for one phone (84…) or all. */
  @GET
  @Path("received")
  public Log received(@QueryParam("phone") String phone) {
    return new Log(simulator.received(phone), simulator.refused(phone));
  }

  public record FaultRequest(ZnsSimulator.Fault mode, Integer errorCode) {}

  @GET
  @Path("fault")
  public FaultRequest fault() {
    return new FaultRequest(simulator.fault(), simulator.errorCode());
  }

  @POST
  @Path("fault")
  @Consumes(MediaType.APPLICATION_JSON)
  public FaultRequest fault(FaultRequest request) {
    simulator.fault(request == null || request.mode() == null ? ZnsSimulator.Fault.NONE : request.mode(),
        request == null ? null : request.errorCode());
    return fault();
  }
}
