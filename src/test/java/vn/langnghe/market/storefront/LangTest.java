package vn.langnghe.market.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LangTest {

  private static final Pattern VIETNAMESE_LETTERS =
      Pattern.compile("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", Pattern.CASE_INSENSITIVE);

  @Test
  void bothLanguagesHaveTheSameWords() {
    assertThat(Lang.EN.keys()).containsExactlyInAnyOrderElementsOf(Lang.VI.keys());
  }

  @Test
  void englishWordsAreEnglishApartFromNamesOfPlaces() {
    for (String key : Lang.EN.keys()) {
      String vi = Lang.VI.t(key);
      String en = Lang.EN.t(key);
      // proper names (Thái Bình, Đồng Xâm…) stay; a whole Vietnamese sentence copied over does not
      if (VIETNAMESE_LETTERS.matcher(vi).find() && vi.length() > 20 && !key.startsWith("lang.switch")) {
        assertThat(en).as(key).isNotEqualTo(vi);
      }
    }
  }

  @Test
  void pathsAndPlaceholders() {
    assertThat(Lang.VI.path("/san-pham/x")).isEqualTo("/san-pham/x");
    assertThat(Lang.EN.path("/san-pham/x")).isEqualTo("/en/san-pham/x");
    assertThat(Lang.EN.path("/")).isEqualTo("/en/");
    assertThat(Lang.VI.t("sold", "1.234")).isEqualTo("Đã bán 1.234");
    assertThat(Lang.EN.t("product.stock", "3")).isEqualTo("3 in stock");
    assertThatThrownBy(() -> Lang.VI.t("no.such.key")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonInAScriptBlockCannotCloseIt() {
    assertThat(StructuredData.scriptSafe("{\"a\":\"</script><!--&\"}"))
        .doesNotContain("<").doesNotContain(">").doesNotContain("&")
        .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u0026\"}");
  }

  @Test
  void plainTextOfAnArtisansHtml() {
    assertThat(PlainText.of("<p>Nhẫn bạc <b>92.5</b> &amp; vàng</p><p>Đồng Xâm</p>"))
        .isEqualTo("Nhẫn bạc 92.5 & vàng Đồng Xâm");
    assertThat(PlainText.shortened("một hai ba bốn năm", 12)).isEqualTo("một hai ba…");
  }
}
