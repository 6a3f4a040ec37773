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
import vn.langnghe.market.platform.Problems;
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

  /** How long a stand-in (the large JPEG for a size not drawn yet) may be kept. */
  static final int STAND_IN_MAX_AGE_SECONDS = 60;

  /**
   * {@code size} is {@code large}, {@code medium}, {@code thumb} or {@code og} (JPEG), or one of the
   * first three with {@code .webp} (WebP, for {@code <picture><source type="image/webp">}).
   */
  @GET
  @Path("{key}/{size}")
  public Response rendition(@PathParam("key") String key, @PathParam("size") String size,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context SecurityContext security) {
    boolean webp = size != null && size.endsWith(WEBP_SUFFIX);
    String name = webp ? size.substring(0, size.length() - WEBP_SUFFIX.length()) : size;
    ImageRendition.Size wanted =
        QueryParams.enumOrDefault("size", name, ImageRendition.Size.class, ImageRendition.Size.LARGE);
    if (webp && !wanted.webp) {
      throw new Problems.NotFoundException("Picture " + key);
    }
    Caller caller = security.getUserPrincipal() instanceof Caller signedIn ? signedIn : null;
    Images.Picture picture = images.picture(key, wanted, webp, caller);
    CacheControl cache = new CacheControl();
    if (picture.isPublic()) {
      // an hour, not a year: a product taken off sale takes its picture with it within the hour,
      // from browsers and shared caches alike; after that the ETag makes a re-check a 304. A
      // stand-in is kept a minute only: the size asked for is being drawn.
      cache.setMaxAge(picture.exact() ? PUBLIC_MAX_AGE_SECONDS : STAND_IN_MAX_AGE_SECONDS);
    } else {
      cache.setPrivate(true);
      cache.setNoStore(true);
    }
    EntityTag tag = new EntityTag(key + "-" + wanted.name().toLowerCase(Locale.ROOT)
        + (webp ? "-webp" : "") + (picture.exact() ? "" : "-stand-in"));
    if (ifNoneMatch != null && ifNoneMatch.contains(tag.getValue())) {
      return Response.notModified(tag).cacheControl(cache).build();
    }
    return Response.ok(picture.rendition().bytes(), picture.rendition().contentType())
        .tag(tag)
        .cacheControl(cache)
        .build();
  }

  private static final String WEBP_SUFFIX = ".webp";
}
