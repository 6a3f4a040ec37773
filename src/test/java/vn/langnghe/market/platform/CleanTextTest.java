package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanTextTest {

  record Shop(String name, List<String> tags) {}

  @Test
  void controlAndBidiOverrideCharactersAreRemovedAndTheRestIsNfc() {
    String decomposed = "Đo\u0302\u0300ng Xa\u0302m"; // "Đồng Xâm" with combining marks
    assertThat(CleanText.clean("A\u0000B\u001BC\u007FD\u0085E\u202EF\u2066G\u2069H")).isEqualTo("ABCDEFGH");
    assertThat(CleanText.clean("dòng 1\ndòng 2\tcột")).isEqualTo("dòng 1\ndòng 2\tcột");
    assertThat(CleanText.clean(decomposed)).isEqualTo("Đồng Xâm");
    assertThat(CleanText.clean(null)).isNull();
  }

  @Test
  void everyStringInARequestBodyArrivesClean() throws Exception {
    Shop shop = JsonSettings.MAPPER.readValue(
        "{\"name\": \"X\\u202Eg\\u0000p\\u001bj\", \"tags\": [\"b\\u0007\\u2067c\"]}", Shop.class);
    assertThat(shop.name()).isEqualTo("Xgpj");
    assertThat(shop.tags()).containsExactly("bc");
  }

  @Test
  void aKeyGivenTwiceIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> JsonSettings.MAPPER.readValue(
            "{\"name\": \"a\", \"tags\": [], \"name\": \"b\"}", Shop.class))
        .isInstanceOfSatisfying(JsonProcessingException.class, e -> {
          Problem problem = ErrorMapping.problemFor(e);
          assertThat(problem.status()).isEqualTo(400);
          assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("name");
        });
  }
}
