package vn.langnghe.market.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.media.ImageInspector;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.media.StoredImage;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.returns.ReturnViews.EscalateRequest;
import vn.langnghe.market.returns.ReturnViews.ParcelRequest;
import vn.langnghe.market.returns.ReturnViews.ReturnView;

/** The buyer's steps on their own return: the parcel sent back, escalation to the officers. */
@Path("/returns")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

  @Inject Returns returns;
  @Inject ReturnPickups pickups;
  @Inject Images images;

  /**
   * A photo for a return about to be asked (multipart, part {@code file}): stored through media's
   * checks, visible to its uploader (and, once attached, to the shop and officers) → 201 {id, url}.
   */
  @POST
  @Path("photos")
  @RateLimited(RequestLimit.UPLOAD)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response photo(@FormParam("file") EntityPart file, @Context SecurityContext security) {
    if (file == null) {
      throw new Problems.InvalidInputException("file", "attach the photo as the 'file' part");
    }
    byte[] bytes;
    try (InputStream in = file.getContent()) {
      bytes = in.readNBytes(ImageInspector.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new Problems.InvalidInputException("file", "the upload could not be read");
    }
    if (bytes.length > ImageInspector.MAX_BYTES) {
      throw new Problems.PayloadTooLargeException("file", "A photo may be at most 8 MB.");
    }
    StoredImage image = images.store(bytes, Caller.of(security).accountId(), "file");
    return Response.status(Response.Status.CREATED)
        .entity(new ReturnViews.PhotoView(image.id(), Images.url(image.accessKey(), ImageRendition.Size.THUMB)))
        .build();
  }

  @POST
  @Path("{id}/parcel")
  @RateLimited(RequestLimit.CONVERSATION)
  public ReturnView parcel(@PathParam("id") String id, ParcelRequest request, @Context SecurityContext security) {
    ParcelRequest body = request == null ? new ParcelRequest(null, null) : request;
    return LockContention.retried(() -> returns.sentBack(Caller.of(security), id(id), body.carrier(),
        body.trackingCode()));
  }

  @POST
  @Path("{id}/escalate")
  @RateLimited(RequestLimit.CONVERSATION)
  public ReturnView escalate(@PathParam("id") String id, EscalateRequest request, @Context SecurityContext security) {
    String text = request == null ? null : request.text();
    return LockContention.retried(() -> returns.escalate(Caller.of(security), id(id), text));
  }

  /** Books GHN's pickup of the accepted return's parcel (the buyer asks); again answers the same pickup. */
  @POST
  @Path("{id}/pickup")
  @RateLimited(RequestLimit.CONVERSATION)
  public ReturnView pickup(@PathParam("id") String id, @Context SecurityContext security) {
    return pickups.book(Caller.of(security), id(id), false);
  }

  /** Cancels GHN's pickup before it is picked up; the parcel can then go back by hand. */
  @jakarta.ws.rs.DELETE
  @Path("{id}/pickup")
  public ReturnView cancelPickup(@PathParam("id") String id, @Context SecurityContext security) {
    return pickups.cancel(Caller.of(security), id(id), false);
  }

  static long id(String id) {
    return QueryParams.longOrDefault("id", id, -1);
  }
}
