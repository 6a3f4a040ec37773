package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(100_000);

  @Test
  void aHashVerifiesOnlyItsOwnPassword() {
    String hash = hasher.hash("LangNghe@2026");
    assertThat(hasher.verify("LangNghe@2026", hash)).isTrue();
    assertThat(hasher.verify("langnghe@2026", hash)).isFalse();
    assertThat(hash).startsWith("pbkdf2-sha256$100000$").doesNotContain("LangNghe");
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertThat(hasher.hash("bạc Đồng Xâm")).isNotEqualTo(hasher.hash("bạc Đồng Xâm"));
  }

  @Test
  void aRaisedIterationCountAsksForARehash() {
    String old = hasher.hash("secret-password");
    PasswordHasher stronger = new PasswordHasher(200_000);
    assertThat(stronger.verify("secret-password", old)).isTrue();
    assertThat(stronger.needsRehash(old)).isTrue();
    assertThat(hasher.needsRehash(old)).isFalse();
  }

  @Test
  void garbageNeverVerifies() {
    assertThat(hasher.verify("x", null)).isFalse();
    assertThat(hasher.verify("x", "plain-text")).isFalse();
    assertThat(hasher.verify("x", "md5$1$abc$def")).isFalse();
  }

  @Test
  void weakSettingsAreRefused() {
    assertThatThrownBy(() -> new PasswordHasher(1000)).isInstanceOf(IllegalArgumentException.class);
  }
}
