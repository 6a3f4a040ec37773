package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class SearchRequestTest {

  private static SearchRequest of(String q, String min, String max, String ocop, String sort, String page, String size) {
    return SearchRequest.of(q, null, null, null, min, max, ocop, null, sort, page, size);
  }

  @Test
  void defaultsToRelevanceOnTheFirstPage() {
    SearchRequest request = of("  Đồng   Xâm ", null, null, null, null, null, null);
    assertThat(request.q()).isEqualTo("Đồng Xâm");
    assertThat(request.sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
    assertThat(request.page().size()).isEqualTo(24);
  }

  @Test
  void sortNamesAreCaseInsensitive() {
    assertThat(of(null, null, null, null, "price_asc", null, null).sort()).isEqualTo(SearchRequest.Sort.PRICE_ASC);
  }

  @Test
  void wrongParametersAreNamed() {
    assertField(() -> of(null, "-1", null, null, null, null, null), "priceMinVnd");
    assertField(() -> of(null, "900", "100", null, null, null, null), "priceMaxVnd");
    assertField(() -> of(null, null, null, "6", null, null, null), "ocopMin");
    assertField(() -> of(null, null, null, null, "cheap", null, null), "sort");
    assertField(() -> of(null, null, null, null, null, "417", "24"), "page");
    assertField(() -> of("x".repeat(201), null, null, null, null, null, null), "q");
    assertField(() -> SearchRequest.of(null, "Trang Sức", null, null, null, null, null, null, null, null, null), "category");
  }

  private static void assertField(Runnable request, String field) {
    assertThatThrownBy(request::run)
        .isInstanceOf(Problems.InvalidInputException.class)
        .satisfies(e -> assertThat(((Problems.InvalidInputException) e).toProblem().errors().get(0).field())
            .isEqualTo(field));
  }

  @Test
  void queryMetacharactersAreEscaped() {
    assertThat(SearchQueries.escape("nhẫn (bạc) \"16\"")).isEqualTo("nhẫn \\(bạc\\) \\\"16\\\"");
  }
}
