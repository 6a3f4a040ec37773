package vn.langnghe.market.payment.vnpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VnpayApiReplyTest {

  static final VnpaySignature SIGNATURE = new VnpaySignature("SECRETKEYDONGXAM0123456789ABCDEF");

  static Map<String, String> queryAnswer() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("vnp_ResponseId", "R1");
    f.put("vnp_Command", "querydr");
    f.put("vnp_ResponseCode", "00");
    f.put("vnp_Message", "Query success");
    f.put("vnp_TmnCode", "DONGXAM1");
    f.put("vnp_TxnRef", "ORD-20261124-0001");
    f.put("vnp_Amount", "125000000");
    f.put("vnp_TransactionStatus", "00");
    return f;
  }

  @Test
  void theSignedValuesAreJoinedByPipesInVnpaysOrderWithAbsentOnesEmpty() {
    assertThat(VnpayApiReply.hashData(queryAnswer(), VnpayApiReply.QUERY_SIGNED))
        .isEqualTo("R1|querydr|00|Query success|DONGXAM1|ORD-20261124-0001|125000000|||||00|||");
  }

  @Test
  void aSignedAnswerVerifiesAndReadsBack() {
    VnpayApiReply reply = VnpayApiReply.verified(VnpayApiReply.signed(queryAnswer(), SIGNATURE), SIGNATURE).orElseThrow();
    assertThat(reply.responseCode()).isEqualTo("00");
    assertThat(reply.transactionStatus()).isEqualTo("00");
    assertThat(reply.amountVnd()).contains(1_250_000L);
  }

  @Test
  void aChangedValueOrAnotherSecretOrGarbageIsNotBelieved() {
    String signed = VnpayApiReply.signed(queryAnswer(), SIGNATURE);
    assertThat(VnpayApiReply.verified(signed.replace("125000000", "100"), SIGNATURE)).isEmpty();
    assertThat(VnpayApiReply.verified(signed, new VnpaySignature("ANOTHERSECRET"))).isEmpty();
    assertThat(VnpayApiReply.verified("not json", SIGNATURE)).isEmpty();
    assertThat(VnpayApiReply.verified("{\"vnp_ResponseCode\":\"00\"}", SIGNATURE)).isEmpty();
    assertThat(VnpayApiReply.verified("{\"nested\":{\"a\":1}}", SIGNATURE)).isEmpty();
  }
}
