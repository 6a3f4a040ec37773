package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pain.001.001.09 file as the bank reads it: read back with Prowide's ISO 20022 model,
 * checked against the message definition (its structure, types and length facets), and the
 * control sums equal to the transfers.
 */
class Pain001Test {

  static final Pain001.Debtor DEBTOR =
      new Pain001.Debtor("Công ty Làng Nghề Market", "0011001234567", "970436");

  static List<Pain001.Transfer> transfers() {
    return List.of(
        new Pain001.Transfer("LN2019-W01-S12", 1_172_339, "970415", "101010123456",
            "Nguyễn Thị Đào", "Làng Nghề Market chi trả 2019-W01"),
        new Pain001.Transfer("LN2019-W01-S13", 50_000, "970418", "2222333344445555666",
            "Trần Văn Đức Lê Hoàng Phương Nam Đông Xuân Hạ Thu Bắc Trung Nam Đồng Xâm Hưng Yên",
            "Làng Nghề Market chi trả 2019-W01"));
  }

  static byte[] file(List<Pain001.Transfer> transfers) {
    return Pain001.write("LANGNGHE-PAYOUT-2019-W01", Instant.parse("2019-01-07T02:00:00Z"),
        LocalDate.of(2019, 1, 7), DEBTOR, transfers);
  }

  @Test
  void theFileReadsBackAsPain00100109WithItsControlSumsAndEveryTransfer() {
    byte[] file = file(transfers());
    MxPain00100109 mx = MxPain00100109.parse(new String(file, StandardCharsets.UTF_8));
    assertThat(mx).isNotNull();
    var message = mx.getCstmrCdtTrfInitn();
    assertThat(message.getGrpHdr().getMsgId()).isEqualTo("LANGNGHE-PAYOUT-2019-W01");
    assertThat(message.getGrpHdr().getNbOfTxs()).isEqualTo("2");
    assertThat(message.getGrpHdr().getCtrlSum().longValueExact()).isEqualTo(1_222_339);
    assertThat(message.getGrpHdr().getInitgPty().getNm()).isEqualTo("CONG TY LANG NGHE MARKET");
    assertThat(message.getPmtInf()).hasSize(1);
    PaymentInstruction30 block = message.getPmtInf().get(0);
    assertThat(block.getPmtMtd().value()).isEqualTo("TRF");
    assertThat(block.getCtrlSum().longValueExact()).isEqualTo(1_222_339);
    assertThat(block.getReqdExctnDt().getDt().toString()).startsWith("2019-01-07");
    assertThat(block.getDbtrAcct().getId().getOthr().getId()).isEqualTo("0011001234567");
    assertThat(block.getDbtrAgt().getFinInstnId().getClrSysMmbId().getMmbId()).isEqualTo("970436");
    assertThat(block.getCdtTrfTxInf()).hasSize(2);
    long sum = 0;
    for (int i = 0; i < 2; i++) {
      CreditTransferTransaction34 tx = block.getCdtTrfTxInf().get(i);
      Pain001.Transfer expected = transfers().get(i);
      assertThat(tx.getPmtId().getEndToEndId()).isEqualTo(expected.endToEndId());
      assertThat(tx.getAmt().getInstdAmt().getCcy()).isEqualTo("VND");
      assertThat(tx.getAmt().getInstdAmt().getValue().longValueExact()).isEqualTo(expected.amountVnd());
      assertThat(tx.getCdtrAgt().getFinInstnId().getClrSysMmbId().getMmbId()).isEqualTo(expected.bankBin());
      assertThat(tx.getCdtrAcct().getId().getOthr().getId()).isEqualTo(expected.accountNumber());
      assertThat(tx.getRmtInf().getUstrd()).containsExactly("LANG NGHE MARKET CHI TRA 2019-W01");
      sum += tx.getAmt().getInstdAmt().getValue().longValueExact();
    }
    assertThat(sum).isEqualTo(message.getGrpHdr().getCtrlSum().longValueExact());
    assertThat(block.getCdtTrfTxInf().get(0).getCdtr().getNm()).isEqualTo("NGUYEN THI DAO");
    assertThat(block.getCdtTrfTxInf().get(1).getCdtr().getNm())
        .startsWith("TRAN VAN DUC LE HOANG").contains("DONG XAM HUNG YEN");
  }

  @Test
  void theFileIsValidAgainstTheMessageDefinition() throws Exception {
    assertThat(Pain001Definition.violations(file(transfers()))).isEmpty();
    // a transfer file needs a transfer: a run without lines is not exported (PayoutRuns)
    assertThat(Pain001Definition.violations(file(List.of()))).singleElement()
        .satisfies(v -> assertThat(v).contains("CdtTrfTxInf"));
  }

  @Test
  void theDefinitionCheckCatchesWhatABankWouldRefuse() throws Exception {
    byte[] tooLongId = file(List.of(new Pain001.Transfer("X".repeat(36), 1, "970415", "101010123456",
        "An", "r")));
    assertThat(Pain001Definition.violations(tooLongId)).anyMatch(v -> v.contains("EndToEndId"));
    String valid = new String(file(transfers()), StandardCharsets.UTF_8);
    String misordered = valid.replaceFirst("<PmtMtd>TRF</PmtMtd>", "")
        .replaceFirst("</CtrlSum><ReqdExctnDt>", "</CtrlSum><ReqdExctnDt><PmtMtd>TRF</PmtMtd>");
    assertThatThrownBy(() -> Pain001Definition.validate(misordered.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("PmtMtd");
    String unknownMethod = valid.replaceFirst("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>XXX</PmtMtd>");
    assertThatThrownBy(() -> Pain001Definition.validate(unknownMethod.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("XXX");
  }
}
