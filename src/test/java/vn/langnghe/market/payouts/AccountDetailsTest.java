package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class AccountDetailsTest {

  private static String fieldOf(Runnable call) {
    try {
      call.run();
    } catch (Problems.InvalidInputException e) {
      return e.toProblem().errors().get(0).field();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void theHolderNameIsFoldedToWhatBanksPrint() {
    assertThat(AccountDetails.holderName("Nguyễn Thị Đào")).isEqualTo("NGUYEN THI DAO");
    assertThat(AccountDetails.holderName("  trần   văn  đức ")).isEqualTo("TRAN VAN DUC");
    assertThat(AccountDetails.holderName("Phạm Ngọc Ưng Ơn")).isEqualTo("PHAM NGOC UNG ON");
    String decomposed = Normalizer.normalize("Lê Thị Thuỷ", Normalizer.Form.NFD);
    assertThat(AccountDetails.holderName(decomposed)).isEqualTo("LE THI THUY");
  }

  @Test
  void aHolderNameThatIsEmptyTooLongOrNotLettersIsRefusedNamingTheField() {
    assertThat(fieldOf(() -> AccountDetails.holderName("   "))).isEqualTo("accountName");
    assertThat(fieldOf(() -> AccountDetails.holderName(null))).isEqualTo("accountName");
    assertThat(fieldOf(() -> AccountDetails.holderName("A".repeat(71)))).isEqualTo("accountName");
    assertThat(AccountDetails.holderName("A".repeat(70))).hasSize(70);
    assertThat(fieldOf(() -> AccountDetails.holderName("Nguyen Van A 2"))).isEqualTo("accountName");
    assertThat(fieldOf(() -> AccountDetails.holderName("阮氏桃"))).isEqualTo("accountName");
    assertThat(fieldOf(() -> AccountDetails.holderName("Công ty TNHH. Hoa"))).isEqualTo("accountName");
  }

  @Test
  void theOwnerMatchesDiacriticsCaseAndSpacingAside() {
    String holder = AccountDetails.holderName("NGUYEN THI DAO");
    assertThat(AccountDetails.sameHolder(holder, "Nguyễn Thị Đào")).isTrue();
    assertThat(AccountDetails.sameHolder(holder, "nguyễn  thị đào")).isTrue();
    assertThat(AccountDetails.sameHolder(holder, "Nguyễn Thị Đảo")).as("marks aside, same letters").isTrue();
    assertThat(AccountDetails.sameHolder(holder, "Nguyễn Thị Hoa")).isFalse();
    assertThat(AccountDetails.sameHolder(holder, "Nguyễn Đào")).isFalse();
    assertThat(AccountDetails.sameHolder(holder, null)).isFalse();
  }

  @Test
  void anAccountNumberIsSixToNineteenDigitsOrLetters() {
    assertThat(AccountDetails.accountNumber("0011 0012 34567")).isEqualTo("0011001234567");
    assertThat(AccountDetails.accountNumber("vcb123456")).isEqualTo("VCB123456");
    assertThat(AccountDetails.accountNumber("123456")).isEqualTo("123456");
    assertThat(AccountDetails.accountNumber("1234567890123456789")).hasSize(19);
    for (String bad : new String[] {"12345", "12345678901234567890", "0011-0012", "số 123456", "", null}) {
      assertThat(fieldOf(() -> AccountDetails.accountNumber(bad))).as(String.valueOf(bad)).isEqualTo("accountNumber");
    }
  }

  @Test
  void theMaskShowsOnlyTheLastFour() {
    assertThat(AccountDetails.masked("0011001234567")).isEqualTo("*********4567");
    assertThat(AccountDetails.masked("123456")).isEqualTo("**3456");
  }

  @Test
  void theNapasListHasTheWellKnownBanksByTheirBins() {
    var banks = Banks.read();
    assertThat(banks).hasSizeGreaterThan(40);
    assertThat(banks.get("970436").shortName()).isEqualTo("Vietcombank");
    assertThat(banks.get("970415").shortName()).isEqualTo("VietinBank");
    assertThat(banks.get("970418").shortName()).isEqualTo("BIDV");
    assertThat(banks.get("970405").shortName()).isEqualTo("Agribank");
    assertThat(banks.get("970407").shortName()).isEqualTo("Techcombank");
    assertThat(banks.get("970422").shortName()).isEqualTo("MBBank");
    assertThat(banks.get("970416").shortName()).isEqualTo("ACB");
    assertThat(banks.get("970432").shortName()).isEqualTo("VPBank");
    assertThat(banks.get("970423").shortName()).isEqualTo("TPBank");
    assertThat(banks.get("970403").shortName()).isEqualTo("Sacombank");
    assertThat(banks.get("970436").name()).isEqualTo("Ngân hàng TMCP Ngoại Thương Việt Nam");
    assertThat(banks.values()).allSatisfy(b -> {
      assertThat(b.bin()).matches("[0-9]{6}");
      assertThat(b.name()).isEqualTo(Normalizer.normalize(b.name(), Normalizer.Form.NFC)).isNotBlank();
    });
  }

  @Test
  void theMailIsVietnameseWithTheMaskedNumberAndWhatToDoIfItWasNotYou() {
    Instant now = Instant.parse("2026-12-07T02:00:00Z");
    var notice = new AccountChangeMail.Notice("a@b.vn", "Nguyễn Thị Đào", "Gốm Bát Tràng", "Vietcombank",
        AccountDetails.masked("0011001234567"), "NGUYEN THI DAO", false, now.plusSeconds(2 * 86400), now);
    String body = AccountChangeMail.body(notice);
    assertThat(body).contains("*********4567").doesNotContain("0011001234567")
        .contains("Nếu không phải bạn").contains("09:00 ngày 09/12/2026").contains("Vietcombank");
    assertThat(AccountChangeMail.subject(notice)).contains("Gốm Bát Tràng");
  }
}
