package vn.langnghe.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPageTest {

  private static final Frame VI = new Frame(Lang.VI, "https://langnghe.vn", SearchPage.PATH, null, null, null, null);
  private static final Frame EN = new Frame(Lang.EN, "https://langnghe.vn", SearchPage.PATH, null, null, null, null);

  @Test
  void aChangedFilterKeepsTheOthersInAFixedOrderAndGoesBackToTheFirstPage() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put("q", "bạc đồng xâm");
    state.put("sort", "price_asc");
    state.put("page", "3");
    state.put("village", "dong-xam-cham-bac");
    assertThat(SearchPage.href(VI, state, Map.of("ocopMin", "4"), false))
        .isEqualTo("/tim-kiem?q=b%E1%BA%A1c+%C4%91%E1%BB%93ng+x%C3%A2m&village=dong-xam-cham-bac&ocopMin=4&sort=price_asc");
    Map<String, String> removed = new HashMap<>();
    removed.put("village", null);
    assertThat(SearchPage.href(EN, state, removed, true))
        .isEqualTo("/en/tim-kiem?q=b%E1%BA%A1c+%C4%91%E1%BB%93ng+x%C3%A2m&sort=price_asc&page=3");
    assertThat(SearchPage.href(VI, Map.of(), Map.of(), false)).isEqualTo("/tim-kiem");
  }

  @Test
  void aPriceBandBecomesInclusiveBounds() {
    assertThat(SearchPage.bandBounds("200000-500000"))
        .containsEntry("priceMinVnd", "200000").containsEntry("priceMaxVnd", "499999");
    assertThat(SearchPage.bandBounds("0-200000"))
        .containsEntry("priceMinVnd", null).containsEntry("priceMaxVnd", "199999");
    assertThat(SearchPage.bandBounds("1000000-"))
        .containsEntry("priceMinVnd", "1000000").containsEntry("priceMaxVnd", null);
  }
}
