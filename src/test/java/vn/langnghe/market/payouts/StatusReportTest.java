package vn.langnghe.market.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

/** The bank's answers as the import reads them, from Prowide-made pain.002 files and CSV. */
class StatusReportTest {

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPain002NamesEachTransferPaidOrRejectedWithItsReason() {
    Map<String, String[]> answers = new LinkedHashMap<>();
    answers.put("LN2019-W01-S1", new String[] {"ACSC"});
    answers.put("LN2019-W01-S2", new String[] {"RJCT", "AC04"});
    answers.put("LN2019-W01-S3", new String[] {"ACSP"});
    answers.put("LN2019-W01-S4", new String[] {"ACCC"});
    StatusReport report = StatusReport.read(
        utf8(BankReports.pain002("LANGNGHE-PAYOUT-2019-W01", "PART", answers)), "application/xml");
    assertThat(report.originalMessageId()).isEqualTo("LANGNGHE-PAYOUT-2019-W01");
    assertThat(report.allRejected()).isFalse();
    assertThat(report.answers()).extracting(StatusReport.Answer::outcome).containsExactly(
        StatusReport.Outcome.PAID, StatusReport.Outcome.REJECTED, StatusReport.Outcome.NONE,
        StatusReport.Outcome.PAID);
    assertThat(report.answers().get(1).reason()).contains("AC04").contains("Account closed");
  }

  @Test
  void aRejectedGroupRejectsTheWholeRun() {
    StatusReport report = StatusReport.read(
        utf8(BankReports.pain002("LANGNGHE-PAYOUT-2019-W02", "RJCT", Map.of())), null);
    assertThat(report.allRejected()).isTrue();
    assertThat(report.groupReason()).contains("AM04");
    assertThat(report.answers()).isEmpty();
  }

  @Test
  void anAcceptedGroupWithoutTransfersPaysEveryLine() {
    StatusReport report = StatusReport.read(
        utf8(BankReports.pain002("LANGNGHE-PAYOUT-2019-W03", "ACSC", Map.of())), "application/xml");
    assertThat(report.restPaid()).isTrue();
    assertThat(report.allRejected()).isFalse();
    assertThat(report.answers()).isEmpty();
  }

  /** Text split by a character reference, and a byte-order mark before an XML file sent untyped. */
  @Test
  void anElementsTextIsReadWholeAndAMarkedFileIsStillXml() {
    String xml = BankReports.pain002("LANGNGHE-PAYOUT-2019-W01", "PART",
        Map.of("LN2019-W01-S1", new String[] {"ACSC"}))
        .replace("LN2019-W01-S1</", "LN2019&#45;W01&#45;S1</");
    assertThat(xml).contains("LN2019&#45;W01&#45;S1");
    StatusReport report = StatusReport.read(utf8("\uFEFF" + xml), "application/octet-stream");
    assertThat(report.format()).isEqualTo("PAIN002");
    assertThat(report.answers()).extracting(StatusReport.Answer::endToEndId)
        .containsExactly("LN2019-W01-S1");
  }

  @Test
  void aCsvIsReadWithOrWithoutItsHeader() {
    StatusReport report = StatusReport.read(utf8("endToEndId,status,reason\n"
        + "LN2019-W01-S1,PAID,\nLN2019-W01-S2,RJCT,\"Tài khoản đã đóng, AC04\"\n"), "text/csv");
    assertThat(report.answers()).extracting(StatusReport.Answer::outcome)
        .containsExactly(StatusReport.Outcome.PAID, StatusReport.Outcome.REJECTED);
    assertThat(report.answers().get(1).reason()).isEqualTo("Tài khoản đã đóng, AC04");
    assertThat(StatusReport.read(utf8("LN2019-W01-S1,ACSC"), "text/csv").answers()).hasSize(1);
  }

  @Test
  void whatIsNoStatusReportIsRefusedNamingTheFile() {
    String entity = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
        + "<CstmrPmtStsRpt>&x;</CstmrPmtStsRpt>";
    for (byte[] bad : new byte[][] {utf8(entity), utf8("<Document><Other/></Document>"),
        utf8("<Document><unclosed></Document>"), utf8("LN1,MAYBE"), utf8("\n\n")}) {
      assertThatThrownBy(() -> StatusReport.read(bad, null))
          .isInstanceOf(Problems.InvalidInputException.class);
    }
  }
}
