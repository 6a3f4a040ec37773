package vn.langnghe.market.media;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.langnghe.market.platform.QueryParams;

/** Serves image renditions; an id's bytes never change, so browsers and CDNs may keep them. */
@Path("/images")
@PermitAll
public class ImagesResource {

  @Inject Images images;

  @GET
  @Path("{id}/{size}")
  public Response rendition(@PathParam("id") String id, @PathParam("size") String size,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    long imageId = QueryParams.longOrDefault("id", id, -1);
    ImageRendition.Size wanted =
        QueryParams.enumOrDefault("size", size, ImageRendition.Size.class, ImageRendition.Size.LARGE);
    EntityTag tag = new EntityTag(imageId + "-" + wanted.name().toLowerCase(java.util.Locale.ROOT));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(31_536_000);
    cache.getCacheExtension().put("immutable", null);
    if (ifNoneMatch != null && ifNoneMatch.contains(tag.getValue())) {
      images.image(imageId);
      return Response.notModified(tag).cacheControl(cache).build();
    }
    ImageRendition rendition = images.rendition(imageId, wanted);
    return Response.ok(rendition.bytes(), rendition.contentType())
        .tag(tag)
        .cacheControl(cache)
        .build();
  }
}
