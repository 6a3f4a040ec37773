package vn.langnghe.market.shipping.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payment.SandboxOnly;
import vn.langnghe.market.platform.Problems;

/**
 * The GHN simulator's HTTP side under {@code /api/sandbox/ghn}: GHN's own paths (what our client
 * calls, answered in GHN's envelope, errors included) and the sandbox's controls: move an order
 * along, send its notice again, switch faults on. Absent (404) unless the payment sandbox is on.
 */
@Path("/sandbox/ghn")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SandboxOnly
public class GhnSimulatorResource {

  @Inject GhnSimulator simulator;

  @POST
  @Path("shiip/public-api/v2/shipping-order/fee")
  @Consumes(MediaType.WILDCARD)
  public Response fee(@HeaderParam("Token") String token, @HeaderParam("ShopId") String shopId, String body) {
    return api(token, shopId, body, simulator::fee);
  }

  @POST
  @Path("shiip/public-api/v2/shipping-order/leadtime")
  @Consumes(MediaType.WILDCARD)
  public Response leadtime(@HeaderParam("Token") String token, @HeaderParam("ShopId") String shopId, String body) {
    return api(token, shopId, body, simulator::leadtime);
  }

  @POST
  @Path("shiip/public-api/v2/shipping-order/create")
  @Consumes(MediaType.WILDCARD)
  public Response create(@HeaderParam("Token") String token, @HeaderParam("ShopId") String shopId, String body) {
    return api(token, shopId, body, simulator::create);
  }

  @POST
  @Path("shiip/public-api/v2/shipping-order/detail")
  @Consumes(MediaType.WILDCARD)
  public Response detail(@HeaderParam("Token") String token, @HeaderParam("ShopId") String shopId, String body) {
    return api(token, shopId, body, json -> simulator.detail(json.path("order_code").asText(null)));
  }

  @POST
  @Path("shiip/public-api/v2/shipping-order/detail-by-client-code")
  @Consumes(MediaType.WILDCARD)
  public Response detailByClientCode(@HeaderParam("Token") String token, @HeaderParam("ShopId") String shopId,
      String body) {
    return api(token, shopId, body,
        json -> simulator.detailByClientCode(json.path("client_order_code").asText(null)));
  }

  @POST
  @Path("shiip/public-api/v2/switch-status/cancel")
  @Consumes(MediaType.WILDCARD)
  public Response cancel(@HeaderParam("Token") String token, @HeaderParam("ShopId") String shopId, String body) {
    return api(token, shopId, body, simulator::cancel);
  }

  public record AdvanceRequest(String to) {}

  public record FaultRequest(GhnSimulator.Fault mode) {}

  /** Moves an order to {@code to} (a GHN status, or cod_transferred), a webhook per step. */
  @POST
  @Path("orders/{code}/advance")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<GhnSimulator.Step> advance(@PathParam("code") String code, AdvanceRequest request) {
    String target = request == null || request.to() == null ? "delivered" : request.to();
    List<GhnSimulator.Step> steps = simulator.advance(code, target);
    if (steps == null) {
      throw new Problems.ConflictException("to", "GHN order " + code + " cannot move to " + target);
    }
    return steps;
  }

  /** The GHN orders made under a client order code, so that a test can count them. */
  @GET
  @Path("orders")
  public List<String> orders(@jakarta.ws.rs.QueryParam("clientOrderCode") String clientOrderCode) {
    return simulator.codesOf(clientOrderCode == null ? "" : clientOrderCode);
  }

  /** Sends the order's notice once more, as GHN does when it retries. */
  @POST
  @Path("orders/{code}/resend")
  public Map<String, Integer> resend(@PathParam("code") String code) {
    Integer status = simulator.resend(code);
    if (status == null) {
      throw new Problems.NotFoundException("GHN order " + code);
    }
    return Map.of("webhookStatus", status);
  }

  @GET
  @Path("fault")
  public FaultRequest fault() {
    return new FaultRequest(simulator.fault());
  }

  /**
   * The fault switch of GHN's API for the fault suite: NONE, ERROR (answers 500) or TIMEOUT (does
   * the work, answers after the client's timeout). An administrator's only: it stops shipping.
   */
  @POST
  @Path("fault")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  public FaultRequest fault(FaultRequest request) {
    simulator.fault(request == null || request.mode() == null ? GhnSimulator.Fault.NONE : request.mode());
    return new FaultRequest(simulator.fault());
  }

  private Response api(String token, String shopId, String body,
      Function<JsonNode, GhnSimulator.Answer> call) {
    GhnSimulator.Answer answer = simulator.refused(token, shopId);
    if (answer == null) {
      answer = simulator.misbehave();
    }
    if (answer == null) {
      JsonNode json = parse(body);
      answer = json.isObject() ? call.apply(json)
          : GhnSimulator.error(400, "Syntax error: the body is not a JSON object", "USER_ERR_COMMON");
      simulator.linger();
    }
    return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body().toString()).build();
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = body == null ? null : GhnSimulator.JSON.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}
