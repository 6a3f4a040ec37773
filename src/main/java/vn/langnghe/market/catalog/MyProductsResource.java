package vn.langnghe.market.catalog;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.catalog.CatalogViews.ProductRequest;
import vn.langnghe.market.catalog.CatalogViews.StockRequest;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.media.Uploads;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;

/** An artisan's products: only those of their own shop. */
@Path("/my/products")
@RolesAllowed(Role.ARTISAN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyProductsResource {

  @Inject ArtisanCatalog catalog;
  @Inject RequestValidation validation;

  @GET
  public Page<OwnProductView> list(@QueryParam("page") String page, @QueryParam("size") String size,
      @Context SecurityContext security) {
    return catalog.products(Caller.of(security), Page.Request.of(page, size));
  }

  @POST
  public Response create(ProductRequest request, @Context SecurityContext security, @Context UriInfo uri) {
    OwnProductView created = catalog.create(Caller.of(security), validation.valid(request));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public OwnProductView get(@PathParam("id") String id, @Context SecurityContext security) {
    return catalog.product(Caller.of(security), productId(id));
  }

  @PUT
  @Path("{id}")
  public OwnProductView edit(@PathParam("id") String id, ProductRequest request,
      @Context SecurityContext security) {
    return catalog.edit(Caller.of(security), productId(id), validation.valid(request));
  }

  /** Archives: orders keep pointing at the product, so it is never deleted. */
  @DELETE
  @Path("{id}")
  public OwnProductView archive(@PathParam("id") String id, @Context SecurityContext security) {
    return catalog.archive(Caller.of(security), productId(id));
  }

  @PUT
  @Path("{id}/variants/{sku}/stock")
  public OwnProductView stock(@PathParam("id") String id, @PathParam("sku") String sku,
      StockRequest request, @Context SecurityContext security) {
    return catalog.changeStock(Caller.of(security), productId(id), ArtisanCatalog.normaliseSku(sku),
        validation.valid(request));
  }

  @POST
  @RateLimited(RequestLimit.UPLOAD)
  @Path("{id}/images")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@PathParam("id") String id, @FormParam("file") EntityPart file,
      @FormParam("alt") EntityPart alt, @Context SecurityContext security) {
    byte[] picture = Uploads.picture(file, "file");
    String altText = altText(alt);
    OwnProductView product =
        catalog.addImage(Caller.of(security), productId(id), picture, altText);
    return Response.status(Response.Status.CREATED).entity(product).build();
  }

  @DELETE
  @Path("{id}/images/{imageId}")
  public OwnProductView removeImage(@PathParam("id") String id, @PathParam("imageId") String imageId,
      @Context SecurityContext security) {
    return catalog.removeImage(Caller.of(security), productId(id),
        QueryParams.longOrDefault("imageId", imageId, -1));
  }

  /** Form fields without a charset arrive as bytes; browsers send UTF-8, so read them as that. */
  private static String altText(EntityPart alt) {
    if (alt == null) {
      return null;
    }
    try (InputStream in = alt.getContent()) {
      byte[] bytes = in.readNBytes(801);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (bytes.length > 800 || text.length() > 200) {
        throw new Problems.InvalidInputException("alt", "at most 200 characters");
      }
      return text.isBlank() ? null : text;
    } catch (IOException e) {
      throw new Problems.InvalidInputException("alt", "could not be read");
    }
  }

  private static long productId(String id) {
    return QueryParams.longOrDefault("id", id, -1);
  }
}
