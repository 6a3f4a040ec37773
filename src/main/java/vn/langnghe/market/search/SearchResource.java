package vn.langnghe.market.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.search.SearchViews.Results;
import vn.langnghe.market.search.SearchViews.Suggestion;

/** The storefront's search and its suggestions. */
@Path("/search")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject ProductSearch search;

  @GET
  public Results search(@QueryParam("q") String q, @QueryParam("category") String category,
      @QueryParam("village") String village, @QueryParam("commune") String commune,
      @QueryParam("priceMinVnd") String priceMin, @QueryParam("priceMaxVnd") String priceMax,
      @QueryParam("ocopMin") String ocopMin, @QueryParam("ratingMin") String ratingMin,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return search.search(SearchRequest.of(q, category, village, commune, priceMin, priceMax, ocopMin,
        ratingMin, sort, page, size));
  }

  @GET
  @Path("suggest")
  public List<Suggestion> suggest(@QueryParam("q") String q) {
    if (q != null && q.length() > 100) {
      throw new Problems.InvalidInputException("q", "at most 100 characters");
    }
    return search.suggest(q);
  }
}
