package vn.langnghe.market.shops;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.Uploads;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.shops.ShopViews.ReasonRequest;
import vn.langnghe.market.shops.ShopViews.ShopRequest;
import vn.langnghe.market.shops.ShopViews.ShopView;

/** The artisan's own shop (/my/shop) and the officers' vetting (/officer/shops). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopsResource {

  @Inject Shops shops;
  @Inject RequestValidation validation;
  @Inject ShopsPersonalData owners;
  @Inject Event<PersonalDataRead> reads;

  @POST
  @Path("my/shop")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public Response open(ShopRequest request, @Context SecurityContext security) {
    ShopView shop = shops.open(Caller.of(security), validation.valid(request));
    return Response.status(Response.Status.CREATED).entity(shop).build();
  }

  @GET
  @Path("my/shop")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public ShopView mine(@Context SecurityContext security) {
    return shops.mine(Caller.of(security));
  }

  @PUT
  @Path("my/shop")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public ShopView edit(ShopRequest request, @Context SecurityContext security) {
    return shops.edit(Caller.of(security), validation.valid(request));
  }

  /** The artisan's photo on the shop page: multipart, the picture as the 'file' part. */
  @POST
  @Path("my/shop/photo")
  @RolesAllowed(Role.ARTISAN_ROLE)
  @RateLimited(RequestLimit.UPLOAD)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ShopView photo(@FormParam("file") EntityPart file, @Context SecurityContext security) {
    return shops.showOwnerPhoto(Caller.of(security), Uploads.picture(file, "file"));
  }

  @DELETE
  @Path("my/shop/photo")
  @RolesAllowed(Role.ARTISAN_ROLE)
  public ShopView removePhoto(@Context SecurityContext security) {
    return shops.removeOwnerPhoto(Caller.of(security));
  }

  @GET
  @Path("officer/shops")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public List<ShopView> byStatus(@QueryParam("status") String status,
      @Context SecurityContext security) {
    List<ShopView> list = shops.withStatus(
        QueryParams.enumOrDefault("status", status, Shop.Status.class, Shop.Status.PENDING));
    long reader = Caller.of(security).accountId();
    list.stream().filter(shop -> shop.taxId() != null).forEach(shop -> reads.fire(
        new PersonalDataRead(reader, owners.ownerOf(shop.id()), "shop " + shop.slug()
            + "'s tax code (officers' list of shops)")));
    return list;
  }

  @POST
  @Path("officer/shops/{id}/approve")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public ShopView approve(@PathParam("id") String id) {
    return shops.approve(QueryParams.longOrDefault("id", id, -1));
  }

  @POST
  @Path("officer/shops/{id}/suspend")
  @RolesAllowed({Role.OFFICER_ROLE, Role.ADMIN_ROLE})
  public ShopView suspend(@PathParam("id") String id, ReasonRequest request) {
    String reason = request == null ? null : validation.valid(request).reason();
    return shops.suspend(QueryParams.longOrDefault("id", id, -1), reason);
  }
}
