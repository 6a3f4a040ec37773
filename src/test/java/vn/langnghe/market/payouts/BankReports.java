package vn.langnghe.market.payouts;

import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader86;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.StatusReason6Choice;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;
import java.time.OffsetDateTime;
import java.util.Map;

/** A bank's pain.002 status report, as made by Prowide's ISO 20022 model (not by hand). */
public final class BankReports {

  private BankReports() {}

  /** One answer per end-to-end id: {status, reason code or null}; a group status or null. */
  public static String pain002(String originalMessageId, String groupStatus,
      Map<String, String[]> answers) {
    OriginalGroupHeader17 group = new OriginalGroupHeader17().setOrgnlMsgId(originalMessageId)
        .setOrgnlMsgNmId("pain.001.001.09");
    if (groupStatus != null) {
      group.setGrpSts(groupStatus);
      if (groupStatus.equals("RJCT")) {
        group.addStsRsnInf(reason("AM04", "Tài khoản nguồn không đủ số dư"));
      }
    }
    OriginalPaymentInstruction32 block = new OriginalPaymentInstruction32()
        .setOrgnlPmtInfId(originalMessageId);
    answers.forEach((endToEndId, answer) -> {
      PaymentTransaction105 tx = new PaymentTransaction105().setOrgnlEndToEndId(endToEndId)
          .setTxSts(answer[0]);
      if (answer.length > 1 && answer[1] != null) {
        tx.addStsRsnInf(reason(answer[1], "Account closed"));
      }
      block.addTxInfAndSts(tx);
    });
    CustomerPaymentStatusReportV10 report = new CustomerPaymentStatusReportV10()
        .setGrpHdr(new GroupHeader86().setMsgId("BANK-" + System.nanoTime())
            .setCreDtTm(OffsetDateTime.now()))
        .setOrgnlGrpInfAndSts(group);
    if (!answers.isEmpty()) {
      report.addOrgnlPmtInfAndSts(block);
    }
    return new MxPain00200110().setCstmrPmtStsRpt(report).message();
  }

  private static StatusReasonInformation12 reason(String code, String words) {
    return new StatusReasonInformation12().setRsn(new StatusReason6Choice().setCd(code))
        .addAddtlInf(words);
  }
}
