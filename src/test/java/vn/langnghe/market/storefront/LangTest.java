package vn.langnghe.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Both languages of the storefront have words for the same keys, and none is left empty. */
class LangTest {

  @Test
  void bothWordFilesHoldTheSameKeys() {
    assertThat(Lang.EN.keys()).containsExactlyInAnyOrderElementsOf(Lang.VI.keys());
    for (Lang lang : Lang.values()) {
      for (String key : lang.keys()) {
        assertThat(lang.t(key)).as(lang.code + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void theCraftsUnderTheHeroHaveALabelForEachQuery() {
    for (Lang lang : Lang.values()) {
      List<HomePages.Craft> crafts = HomePages.crafts(lang);
      assertThat(crafts).as(lang.code).hasSize(8).allSatisfy(c -> {
        assertThat(c.label()).isNotBlank();
        assertThat(c.query()).isNotBlank();
      });
    }
    assertThat(HomePages.crafts(Lang.EN)).extracting(HomePages.Craft::query)
        .as("the search is Vietnamese in both languages").isEqualTo(HomePages.CRAFT_QUERIES);
  }

  @Test
  void aShopsUsualResponseTimeReadsInThePagesLanguage() {
    var twoHours = new vn.langnghe.market.conversations.ConversationViews.ResponseTime(125L, 1.0, 3);
    assertThat(ShopPages.responseTime(Lang.VI, twoHours)).isEqualTo("Thường trong 2 giờ (100% được trả lời)");
    assertThat(ShopPages.responseTime(Lang.EN, twoHours)).isEqualTo("Usually within 2 h (100% answered)");
    var none = new vn.langnghe.market.conversations.ConversationViews.ResponseTime(null, 0.0, 2);
    assertThat(ShopPages.responseTime(Lang.VI, none)).isEqualTo("Chưa trả lời tin nhắn nào");
    assertThat(ShopPages.responseTime(Lang.VI, null)).isNull();
  }
}
