package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = PasswordPolicy.withCommonPasswords();

  @Test
  void knowsAtLeastTenThousandCommonPasswords() {
    assertThat(POLICY.commonPasswords()).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void refusesCommonPasswordsWhateverTheirCase() {
    assertThat(POLICY.weakness("1234567890", "hoa@x.vn", "Hoa")).get().asString().contains("phổ biến");
    assertThat(POLICY.weakness("Password12", "hoa@x.vn", "Hoa")).get().asString().contains("phổ biến");
    assertThat(POLICY.weakness("QWERTYUIOP", "hoa@x.vn", "Hoa")).isPresent();
  }

  @Test
  void refusesOneCharacterOverAndOver() {
    assertThat(POLICY.weakness("aaaaaaaaaa", "hoa@x.vn", "Hoa")).get().asString().contains("lặp lại");
    assertThat(POLICY.weakness("          ", "hoa@x.vn", "Hoa")).get().asString().contains("lặp lại");
    assertThat(POLICY.weakness("ưưưưưưưưưưưư", "hoa@x.vn", "Hoa")).isPresent();
  }

  @Test
  void refusesTheEmailAndTheNameInsideAPassword() {
    String email = "thanh.ha86@gmail.com";
    assertThat(POLICY.weakness(email, email, "Hà")).get().asString().contains("e-mail");
    assertThat(POLICY.weakness("Thanh.Ha86-xuong", email, "Hà")).get().asString().contains("e-mail");
    assertThat(POLICY.weakness("nguyenthithanhha!", "x@y.vn", "Nguyễn Thị Thanh Hà"))
        .get().asString().contains("tên");
  }

  @Test
  void acceptsTheDemoPasswordAndPassphrases() {
    assertThat(POLICY.weakness("LangNghe@2026", "officer@demo.langnghe.vn", "Cán bộ Sở Công Thương")).isEmpty();
    assertThat(POLICY.weakness("LangNghe@2026", "nghenhan.ductrung@demo.langnghe.vn", "Phạm Đức Trung")).isEmpty();
    assertThat(POLICY.weakness("chiếu cói Hới đẹp lắm", "lua@x.vn", "Phạm Thị Lụa")).isEmpty();
    // a short name is not looked for: "An" would refuse every password with "an" in it
    assertThat(POLICY.weakness("banh cay An Le 1990", "an@x.vn", "An")).isEmpty();
  }
}
