package vn.langnghe.market.media;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.QueryParams;

/**
 * Serves pictures under their random keys, each only to whom may see it. A public picture's bytes
 * never change under its key, so browsers and CDNs may keep it; a private one (a draft product's)
 * is kept by nobody.
 */
@Path("/media")
@PermitAll
public class ImagesResource {

  static final int PUBLIC_MAX_AGE_SECONDS = 3600;

  @Inject Images images;

  @GET
  @Path("{key}/{size}")
  public Response rendition(@PathParam("key") String key, @PathParam("size") String size,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context SecurityContext security) {
    ImageRendition.Size wanted =
        QueryParams.enumOrDefault("size", size, ImageRendition.Size.class, ImageRendition.Size.LARGE);
    Caller caller = security.getUserPrincipal() instanceof Caller signedIn ? signedIn : null;
    Images.Picture picture = images.picture(key, wanted, caller);
    CacheControl cache = new CacheControl();
    if (picture.isPublic()) {
      // an hour, not a year: a product taken off sale takes its picture with it within the hour,
      // from browsers and shared caches alike; after that the ETag makes a re-check a 304
      cache.setMaxAge(PUBLIC_MAX_AGE_SECONDS);
    } else {
      cache.setPrivate(true);
      cache.setNoStore(true);
    }
    EntityTag tag = new EntityTag(key + "-" + wanted.name().toLowerCase(Locale.ROOT));
    if (ifNoneMatch != null && ifNoneMatch.contains(tag.getValue())) {
      return Response.notModified(tag).cacheControl(cache).build();
    }
    return Response.ok(picture.rendition().bytes(), picture.rendition().contentType())
        .tag(tag)
        .cacheControl(cache)
        .build();
  }
}
