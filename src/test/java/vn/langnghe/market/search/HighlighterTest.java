package vn.langnghe.market.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlighterTest {

  @Test
  void marksWordsWhateverTheirAccents() {
    assertThat(Highlighter.of("dong xam").mark("Nhẫn bạc Đồng Xâm"))
        .isEqualTo("Nhẫn bạc <mark>Đồng</mark> <mark>Xâm</mark>");
    assertThat(Highlighter.of("ĐŨI").mark("Khăn đũi Nam Cao")).isEqualTo("Khăn <mark>đũi</mark> Nam Cao");
  }

  @Test
  void escapesEverythingElse() {
    assertThat(Highlighter.of("bac").mark("Bạc <script> & \"x\""))
        .isEqualTo("<mark>Bạc</mark> &lt;script&gt; &amp; &quot;x&quot;");
  }

  @Test
  void noQueryMarksNothing() {
    assertThat(Highlighter.of(null).mark("Chiếu cói")).isEqualTo("Chiếu cói");
    assertThat(Highlighter.of("  ").mark("Cói <b>")).isEqualTo("Cói &lt;b&gt;");
  }
}
