package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void foldingDropsMarksAndTurnsDIntoD() {
    assertThat(VietnameseText.fold("Đồng Xâm")).isEqualTo("dong xam");
    assertThat(VietnameseText.fold("NHẪN BẠC chạm đường")).isEqualTo("nhan bac cham duong");
  }

  @Test
  void theLookUpFoldsEveryCharacterAsTheFullRuleDoes() {
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      String one = String.valueOf(c);
      assertThat(VietnameseText.fold(one)).as("U+%04X", (int) c).isEqualTo(VietnameseText.foldByNormalizing(one));
    }
    for (String text : new String[] {"Lư hương đồng ĐẠI BÁI", Normalizer.normalize("Chiếu cói Kim Sơn", Normalizer.Form.NFD),
        "İstanbul bạc", "ΟΔΟΣ đồng", "Khăn lụa 👜 Vạn Phúc", "a\u0301\u0323b"}) {
      assertThat(VietnameseText.fold(text)).as(text).isEqualTo(VietnameseText.foldByNormalizing(text));
    }
  }

  @Test
  void cleaningNormalisesToNfcAndCollapsesSpaces() {
    String decomposed = Normalizer.normalize("Chiếu cói  Hới ", Normalizer.Form.NFD);
    String clean = VietnameseText.clean(decomposed);
    assertThat(clean).isEqualTo("Chiếu cói Hới");
    assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void slugsAreAsciiAndBounded() {
    assertThat(VietnameseText.slug("Nhẫn bạc chạm hoa sen (size 16)!", 80)).isEqualTo("nhan-bac-cham-hoa-sen-size-16");
    assertThat(VietnameseText.slug("Đũi Nam Cao", 6)).isEqualTo("dui-na");
    assertThat(VietnameseText.slug("!!!", 10)).isEqualTo("san-pham");
  }
}
