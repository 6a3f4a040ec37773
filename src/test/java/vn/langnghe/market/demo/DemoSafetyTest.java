package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoSafetyTest {

  @Test
  void theDemoRunsOnlyAsASandboxOnThisMachine() {
    assertThat(DemoSafety.refusal(true, true, "http://localhost:8080")).isEmpty();
    assertThat(DemoSafety.refusal(true, true, "http://127.0.0.1:8380")).isEmpty();
    assertThat(DemoSafety.refusal(true, true, "http://[::1]:8080/")).isEmpty();
    assertThat(DemoSafety.refusal(true, false, "http://localhost:8080")).get().asString()
        .contains("market.payments.sandbox");
    assertThat(DemoSafety.refusal(true, true, "https://langnghe.vn")).get().asString()
        .contains("market.public-url").contains("https://langnghe.vn");
  }

  @Test
  void withTheDemoOffAnythingGoes() {
    assertThat(DemoSafety.refusal(false, false, "https://langnghe.vn")).isEmpty();
    assertThat(DemoSafety.refusal(false, true, null)).isEmpty();
  }

  @Test
  void onlyLocalhostAndLoopbackLiteralsAreThisMachine() {
    assertThat(DemoSafety.isLoopback("http://LOCALHOST:8080")).isTrue();
    assertThat(DemoSafety.isLoopback("http://shop.localhost:8080")).isTrue();
    assertThat(DemoSafety.isLoopback("http://127.8.9.10")).isTrue();
    assertThat(DemoSafety.isLoopback("http://[0:0:0:0:0:0:0:1]:8080")).isTrue();

    assertThat(DemoSafety.isLoopback("http://localhost.evil.example")).isFalse();
    assertThat(DemoSafety.isLoopback("http://127.0.0.1.nip.io")).isFalse();
    assertThat(DemoSafety.isLoopback("http://10.0.0.5:8080")).isFalse();
    assertThat(DemoSafety.isLoopback("http://0.0.0.0:8080")).isFalse();
    assertThat(DemoSafety.isLoopback("http://[::]:8080")).isFalse();
    assertThat(DemoSafety.isLoopback("http://2130706433")).isFalse();
    assertThat(DemoSafety.isLoopback("https://langnghe.vn")).isFalse();
    assertThat(DemoSafety.isLoopback("not a url")).isFalse();
    assertThat(DemoSafety.isLoopback("")).isFalse();
    assertThat(DemoSafety.isLoopback(null)).isFalse();
  }
}
