package vn.langnghe.market.places;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.langnghe.market.places.PlaceViews.LookupView;
import vn.langnghe.market.places.PlaceViews.UnitView;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.platform.QueryParams;

/** Public reads: administrative units (as of a day) and craft villages. */
@Path("/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PlacesResource {

  @Inject Places places;

  @GET
  @Path("administrative-units")
  public List<UnitView> units(@QueryParam("parent") String parent, @QueryParam("at") String at,
      @QueryParam("q") String q, @QueryParam("brief") String brief) {
    List<UnitView> units = places.units(parent, QueryParams.dateOrNull("at", at), q);
    // a phone picking its commune needs names, not each commune's history (a tenth of the bytes)
    return QueryParams.booleanOrDefault("brief", brief, false)
        ? units.stream().map(UnitView::brief).toList()
        : units;
  }

  @GET
  @Path("administrative-units/lookup")
  public LookupView lookup(@QueryParam("q") String q) {
    return places.lookup(q);
  }

  @GET
  @Path("craft-villages")
  public List<VillageView> villages() {
    return places.villages();
  }

  @GET
  @Path("craft-villages/{slug}")
  public VillageView village(@PathParam("slug") String slug) {
    return places.village(slug);
  }
}
