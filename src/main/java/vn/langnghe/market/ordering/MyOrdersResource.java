package vn.langnghe.market.ordering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.ordering.OrderViews.CancelRequest;
import vn.langnghe.market.ordering.OrderViews.LabelView;
import vn.langnghe.market.ordering.OrderViews.ShipRequest;
import vn.langnghe.market.ordering.OrderViews.ShopOrderTask;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.shipping.Carriers;

/** The artisan's order queue: their shop's parts of orders and the fulfilment steps. */
@Path("/my/orders")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyOrdersResource {

  @Inject Fulfilment fulfilment;
  @Inject CarrierHandover handover;
  @Inject RequestValidation validation;

  @GET
  public Page<ShopOrderTask> queue(@QueryParam("status") String status,
      @QueryParam("page") String page, @QueryParam("size") String size,
      @Context SecurityContext security) {
    return fulfilment.queue(Caller.of(security),
        QueryParams.enumOrDefault("status", status, ShopOrder.Status.class, null),
        Page.Request.of(page, size));
  }

  @GET
  @Path("{id}")
  public ShopOrderTask part(@PathParam("id") String id, @Context SecurityContext security) {
    return fulfilment.part(Caller.of(security), shopOrderId(id));
  }

  /** The printable label's data of a part booked with GHN. */
  @GET
  @Path("{id}/label")
  public LabelView label(@PathParam("id") String id, @Context SecurityContext security) {
    return fulfilment.label(Caller.of(security), shopOrderId(id));
  }

  @POST
  @Path("{id}/confirm")
  public ShopOrderTask confirm(@PathParam("id") String id, @Context SecurityContext security) {
    return LockContention.retried(() -> fulfilment.confirm(Caller.of(security), shopOrderId(id)));
  }

  @POST
  @Path("{id}/ship")
  public ShopOrderTask ship(@PathParam("id") String id, ShipRequest request,
      @Context SecurityContext security) {
    ShipRequest valid = validation.valid(request);
    if (Carriers.hasApi(valid.carrier())) {
      return handover.ship(Caller.of(security), shopOrderId(id));
    }
    return LockContention.retried(() -> fulfilment.ship(Caller.of(security), shopOrderId(id), valid));
  }

  @POST
  @Path("{id}/deliver")
  public ShopOrderTask deliver(@PathParam("id") String id, @Context SecurityContext security) {
    return LockContention.retried(() -> fulfilment.deliver(Caller.of(security), shopOrderId(id)));
  }

  /** The parcel came back undelivered (carriers without a webhook); body optional: {@code {"reason": "..."}}. */
  @POST
  @Path("{id}/returned")
  public ShopOrderTask returned(@PathParam("id") String id, CancelRequest request,
      @Context SecurityContext security) {
    String reason = reasonOf(request);
    return LockContention.retried(
        () -> fulfilment.returned(Caller.of(security), shopOrderId(id), reason));
  }

  /** The body is optional: {@code {"reason": "..."}}. */
  @POST
  @Path("{id}/cancel")
  public ShopOrderTask cancel(@PathParam("id") String id, CancelRequest request,
      @Context SecurityContext security) {
    String reason = reasonOf(request);
    return LockContention.retried(
        () -> fulfilment.cancel(Caller.of(security), shopOrderId(id), reason));
  }

  private String reasonOf(CancelRequest request) {
    return request == null ? null : validation.valid(request).reason();
  }

  private static long shopOrderId(String id) {
    return QueryParams.longOrDefault("id", id, -1);
  }
}
