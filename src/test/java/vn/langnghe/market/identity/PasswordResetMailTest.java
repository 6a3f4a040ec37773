package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordResetMailTest {

  @Test
  void theLinkCarriesTheTokenInItsFragmentAndSaysHowLongItWorks() {
    String body = PasswordResets.body("Lê Thị Mai", "https://langnghe.vn", "abc_DEF-123", Duration.ofMinutes(30));
    assertThat(body).contains("https://langnghe.vn/password-reset.html#token=abc_DEF-123")
        .contains("30 phút").contains("Chào Lê Thị Mai");
  }
}
