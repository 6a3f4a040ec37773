package vn.langnghe.market.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reproduces /work/shared/vectors/vietqr-vector.txt byte for byte. */
class VietQrTransferTest {

  static final String COVERED = "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA5303704540712500005802VN62200816ORD20261124 00016304";
  static final String PAYLOAD = "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA5303704540712500005802VN62200816ORD20261124 0001630406A5";
  static final String BENEFICIARY = "0010A00000072701270006970436011300110012345670208QRIBFTTA";

  // published examples of the vietnam-qr-pay library (README), as an outside cross-check
  static final String STATIC_ACB = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";
  static final String DYNAMIC_ACB = "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8";

  final VietQrTransfer vietcombank =
      new VietQrTransfer("970436", "0011001234567", 1_250_000L, "ORD20261124 0001");

  @Test
  void theCrcIsCcittFalse() {
    assertThat(EmvQr.crc16("123456789")).isEqualTo("29B1");
    assertThat(EmvQr.crc16(COVERED)).isEqualTo("06A5");
  }

  @Test
  void buildsTheVectorPayloadByteForByte() {
    assertThat(vietcombank.payload()).isEqualTo(PAYLOAD).hasSize(129);
  }

  @Test
  void theFieldsAreTheVectorsBreakdown() {
    assertThat(EmvQr.fields(PAYLOAD)).containsExactly(
        entry("00", "01"), entry("01", "12"), entry("38", BENEFICIARY), entry("53", "704"),
        entry("54", "1250000"), entry("58", "VN"), entry("62", "0816ORD20261124 0001"),
        entry("63", "06A5"));
    assertThat(EmvQr.fields(BENEFICIARY)).containsExactly(
        entry("00", "A000000727"), entry("01", "000697043601130011001234567"), entry("02", "QRIBFTTA"));
    assertThat(EmvQr.fields("000697043601130011001234567"))
        .containsExactly(entry("00", "970436"), entry("01", "0011001234567"));
  }

  @Test
  void parsingGivesBackWhatWasBuilt() {
    assertThat(VietQrTransfer.parse(PAYLOAD)).isEqualTo(vietcombank);
    VietQrTransfer noAmountNoMemo = new VietQrTransfer("970436", "0011001234567", null, null);
    assertThat(VietQrTransfer.parse(noAmountNoMemo.payload())).isEqualTo(noAmountNoMemo);
  }

  @Test
  void aCorruptedPayloadFailsTheCrcCheck() {
    String oneDigitChanged = PAYLOAD.replace("54071250000", "54071250009");
    assertThat(EmvQr.crcOk(PAYLOAD)).isTrue();
    assertThat(EmvQr.crcOk(oneDigitChanged)).isFalse();
    assertThatThrownBy(() -> VietQrTransfer.parse(oneDigitChanged))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CRC");
    assertThat(EmvQr.crcOk(PAYLOAD.substring(0, PAYLOAD.length() - 4) + "06A6")).isFalse();
    assertThat(EmvQr.crcOk(PAYLOAD.substring(0, PAYLOAD.length() - 8))).isFalse();
  }

  @Test
  void withoutAnAmountTheCodeIsStatic() {
    assertThat(new VietQrTransfer("970416", "257678859", null, null).payload()).isEqualTo(STATIC_ACB);
  }

  @Test
  void readsAnotherLibrarysDynamicCode() {
    assertThat(VietQrTransfer.parse(DYNAMIC_ACB))
        .isEqualTo(new VietQrTransfer("970416", "257678859", 1_000L, "Chuyen tien"));
  }

  @Test
  void refusesBadInputsWithTheReason() {
    assertThatThrownBy(() -> new VietQrTransfer("97043", "0011001234567", 1L, null))
        .hasMessageContaining("BIN");
    assertThatThrownBy(() -> new VietQrTransfer("970436", "0011-0012", 1L, null))
        .hasMessageContaining("account");
    assertThatThrownBy(() -> new VietQrTransfer("970436", "12345678901234567890", 1L, null))
        .hasMessageContaining("account");
    assertThatThrownBy(() -> new VietQrTransfer("970436", "0011001234567", 0L, null))
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> new VietQrTransfer("970436", "0011001234567", 10_000_000_000_000L, null))
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> new VietQrTransfer("970436", "0011001234567", 1L, "Đơn hàng 1"))
        .hasMessageContaining("memo");
    assertThatThrownBy(() -> new VietQrTransfer("970436", "0011001234567", 1L, "A".repeat(26)))
        .hasMessageContaining("memo");
    assertThat(new VietQrTransfer("970436", "0011001234567", 9_999_999_999_999L, "A".repeat(25))
        .payload()).contains("54139999999999999");
  }

  @Test
  void theMemoOfAPaymentIsItsReferenceInLettersAndDigits() {
    assertThat(VietQrTransfer.memoFor("LN261126-7K3F9Q-1")).isEqualTo("LN2611267K3F9Q1");
    assertThat(VietQrTransfer.memoFor("ln261126-7k3f9q-12")).isEqualTo("LN2611267K3F9Q12");
    assertThatThrownBy(() -> VietQrTransfer.memoFor("--")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReferenceIsFoundAgainInTheBanksDescription() {
    String reference = "LN261126-7K3F9QXA-1";
    String memo = VietQrTransfer.memoFor(reference);
    assertThat(memo).isEqualTo("LN2611267K3F9QXA1");
    assertThat(VietQrTransfer.referenceIn(memo)).contains(reference);
    assertThat(VietQrTransfer.referenceIn("MBVCB.1234567." + memo + ".CT tu 0123456789 NGUYEN VAN A"))
        .contains(reference);
    assertThat(VietQrTransfer.referenceIn("IBFT " + memo.toLowerCase() + " thanh toan")).contains(reference);
    assertThat(VietQrTransfer.referenceIn("CK" + memo + "FT26330")).contains(reference);
    assertThat(VietQrTransfer.referenceIn("chuyen tien LN261126-7K3F9QXA-12 cam on"))
        .contains("LN261126-7K3F9QXA-12");
    assertThat(VietQrTransfer.referenceIn("LN 261126 7K3F9QXA 3")).contains("LN261126-7K3F9QXA-3");
    assertThat(VietQrTransfer.referenceIn(memo + " " + memo)).contains(reference);
  }

  @Test
  void noMemoOrAnUncertainOneLeadsToNoReference() {
    assertThat(VietQrTransfer.referenceIn(null)).isEmpty();
    assertThat(VietQrTransfer.referenceIn("chuyen tien mua hang")).isEmpty();
    // cut short, an ambiguous letter (O is not in order numbers), no attempt
    assertThat(VietQrTransfer.referenceIn("LN2611267K3F9QX")).isEmpty();
    assertThat(VietQrTransfer.referenceIn("LN2611267K3F9QOA1")).isEmpty();
    assertThat(VietQrTransfer.referenceIn("LN2611267K3F9QXA")).isEmpty();
    // digits glued on: not read as some other attempt
    assertThat(VietQrTransfer.referenceIn("LN2611267K3F9QXA1234567")).isEmpty();
    // two different payments in one transfer: a person decides
    assertThat(VietQrTransfer.referenceIn("LN2611267K3F9QXA1 LN2611268888AAAA1")).isEmpty();
  }

  @Test
  void aTransferToACardOrInAnotherCurrencyIsNotReadAsOurs() {
    String toCard = EmvQr.withCrc(PAYLOAD.substring(0, PAYLOAD.length() - 8).replace("QRIBFTTA", "QRIBFTTC"));
    assertThatThrownBy(() -> VietQrTransfer.parse(toCard)).hasMessageContaining("QRIBFTTA");
    String inDollars = EmvQr.withCrc(PAYLOAD.substring(0, PAYLOAD.length() - 8).replace("5303704", "5303840"));
    assertThatThrownBy(() -> VietQrTransfer.parse(inDollars)).hasMessageContaining("704");
  }

  private static Map.Entry<String, String> entry(String id, String value) {
    return Map.entry(id, value);
  }
}
