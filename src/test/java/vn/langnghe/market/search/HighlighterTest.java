package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlighterTest {

  @Test
  void marksWordsWhateverTheirAccents() {
    assertThat(Highlighter.mark("Nhẫn bạc Đồng Xâm", "dong xam"))
        .isEqualTo("Nhẫn bạc <mark>Đồng</mark> <mark>Xâm</mark>");
    assertThat(Highlighter.mark("Khăn đũi Nam Cao", "ĐŨI")).isEqualTo("Khăn <mark>đũi</mark> Nam Cao");
  }

  @Test
  void escapesEverythingElse() {
    assertThat(Highlighter.mark("Bạc <script> & \"x\"", "bac"))
        .isEqualTo("<mark>Bạc</mark> &lt;script&gt; &amp; &quot;x&quot;");
  }

  @Test
  void noQueryMarksNothing() {
    assertThat(Highlighter.mark("Chiếu cói", null)).isEqualTo("Chiếu cói");
  }
}
