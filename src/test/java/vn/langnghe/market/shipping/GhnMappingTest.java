package vn.langnghe.market.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our GHN client's requests and its reading of GHN's answers and notices, as GHN documents them. */
class GhnMappingTest {

  static final ParcelOrder ORDER = new ParcelOrder(42, "LN26120700001-42",
      new ParcelOrder.Party("Bạc Đồng Xâm", null, "Làng Đồng Xâm", "13093", "Xã Trà Giang", "Tỉnh Hưng Yên"),
      new ParcelOrder.Party("Nguyễn Thị Hoa", "+84912345678", "Số 5 phố Đội Cấn", "00004",
          "Phường Ba Đình", "Thành phố Hà Nội"),
      800, 0, 7_500_000, "1 × Vòng bạc", List.of(new ParcelOrder.Item("Vòng bạc", "SKU-1", 1, 7_500_000)));

  @Test
  void createNamesTheFieldsGhnDocuments() {
    ObjectNode body = GhnClient.createBody(ORDER);
    assertThat(body.get("client_order_code").asText()).isEqualTo("LN26120700001-42");
    assertThat(body.get("to_name").asText()).isEqualTo("Nguyễn Thị Hoa");
    assertThat(body.get("to_phone").asText()).isEqualTo("+84912345678");
    assertThat(body.get("to_address").asText()).isEqualTo("Số 5 phố Đội Cấn");
    assertThat(body.get("to_ward_code").asText()).isEqualTo("00004");
    assertThat(body.get("to_ward_name").asText()).isEqualTo("Phường Ba Đình");
    assertThat(body.get("to_province_name").asText()).isEqualTo("Thành phố Hà Nội");
    assertThat(body.has("to_district_id")).as("no district after the 2025 reform").isFalse();
    assertThat(body.get("from_name").asText()).isEqualTo("Bạc Đồng Xâm");
    assertThat(body.has("from_phone")).isFalse();
    assertThat(body.get("return_ward_name").asText()).isEqualTo("Xã Trà Giang");
    assertThat(body.get("cod_amount").asLong()).isZero();
    assertThat(body.get("weight").asInt()).isEqualTo(800);
    assertThat(body.get("insurance_value").asLong()).as("GHN's ceiling").isEqualTo(5_000_000);
    assertThat(body.get("service_type_id").asInt()).isEqualTo(2);
    assertThat(body.get("payment_type_id").asInt()).isEqualTo(1);
    assertThat(body.get("required_note").asText()).isEqualTo("CHOXEMHANGKHONGTHU");
    assertThat(body.at("/items/0/code").asText()).isEqualTo("SKU-1");
    assertThat(body.at("/items/0/price").asLong()).isEqualTo(7_500_000);
  }

  @Test
  void feeAsksWithTheSameAddressesAndReadsTheTotal() {
    ObjectNode body = GhnClient.feeBody(ORDER);
    assertThat(body.get("from_ward_code").asText()).isEqualTo("13093");
    assertThat(body.get("to_ward_code").asText()).isEqualTo("00004");
    assertThat(body.get("weight").asInt()).isEqualTo(800);
    JsonNode data = GhnJson.parse("{\"total\":36300,\"service_fee\":36300,\"insurance_fee\":0}");
    assertThat(GhnClient.readFee(data)).isEqualTo(new GhnClient.Fee(36_300, 36_300, 0));
  }

  @Test
  void anAnswerIsReadFromGhnsEnvelope() {
    GhnClient.Answer ok = GhnClient.Answer.of(200, "{\"code\":200,\"message\":\"Success\",\"data\":"
        + "{\"order_code\":\"5E3NK3RS\",\"total_fee\":33000,\"expected_delivery_time\":\"2026-12-10T16:00:00Z\"}}");
    assertThat(ok.ok()).isTrue();
    assertThat(GhnJson.text(ok.data(), "order_code")).isEqualTo("5E3NK3RS");
    GhnClient.Answer refused = GhnClient.Answer.of(400,
        "{\"code\":400,\"message\":\"ShopID is invalid\",\"data\":null,\"code_message\":\"SHOP_NOT_FOUND\"}");
    assertThat(refused.ok()).isFalse();
    assertThat(refused.message()).isEqualTo("ShopID is invalid");
    assertThat(GhnClient.Answer.of(502, "<html>Bad gateway</html>").ok()).isFalse();
  }

  @Test
  void detailIsReadFromAnObjectOrAListOfOne() {
    String order = "{\"order_code\":\"5E3NK3RS\",\"client_order_code\":\"LN-42\",\"status\":\"delivered\","
        + "\"cod_amount\":200000,\"cod_transfer_date\":\"2026-12-09T02:00:00Z\"}";
    GhnClient.Detail one = GhnClient.readDetail(GhnJson.parse(order)).orElseThrow();
    assertThat(one).isEqualTo(new GhnClient.Detail("5E3NK3RS", "LN-42", "delivered", 200_000,
        Instant.parse("2026-12-09T02:00:00Z")));
    assertThat(GhnClient.readDetail(GhnJson.parse("[" + order + "]"))).contains(one);
    assertThat(GhnClient.readDetail(GhnJson.parse("{\"cod_transfer_date\":null}"))).isEmpty();
  }

  @Test
  void theWebhookBodyIsReadAsGhnDocumentsIt() {
    String documented = "{\"CODAmount\":3000000,\"CODTransferDate\":null,\"ClientOrderCode\":\"\","
        + "\"ConvertedWeight\":200,\"Description\":\"Tạo đơn hàng\",\"Fee\":{\"Total\":0},"
        + "\"OrderCode\":\"Z82BS\",\"PaymentType\":1,\"Reason\":\"\",\"ShopID\":81558,"
        + "\"Status\":\"ready_to_pick\",\"Time\":\"2021-11-11T03:52:50.158Z\",\"TotalFee\":71400,"
        + "\"Type\":\"create\",\"Weight\":10}";
    GhnNotice notice = GhnNotice.parse(documented).orElseThrow();
    assertThat(notice.orderCode()).isEqualTo("Z82BS");
    assertThat(notice.status()).isEqualTo("ready_to_pick");
    assertThat(notice.type()).isEqualTo("create");
    assertThat(notice.codAmount()).isEqualTo(3_000_000);
    assertThat(notice.codTransferDate()).isNull();
    assertThat(notice.shopId()).isEqualTo(81558);
    assertThat(notice.time()).isEqualTo(Instant.parse("2021-11-11T03:52:50.158Z"));
    assertThat(GhnNotice.parse("{\"OrderCode\":\"Z82BS\"}")).isEmpty();
    assertThat(GhnNotice.parse("not json")).isEmpty();
  }

  @Test
  void statusesOnlyMoveForward() {
    assertThat(GhnStatus.DELIVERED.isAfter(GhnStatus.DELIVERING)).isTrue();
    assertThat(GhnStatus.PICKING.isAfter(GhnStatus.DELIVERING)).isFalse();
    assertThat(GhnStatus.RETURNED.isAfter(GhnStatus.DELIVERY_FAIL)).isTrue();
    assertThat(GhnStatus.DELIVERING.isAfter(GhnStatus.RETURNED)).isFalse();
    assertThat(GhnStatus.labelOf("delivery_fail")).isEqualTo("Giao hàng không thành công");
    assertThat(GhnStatus.labelOf(GhnStatus.COD_TRANSFERRED)).isEqualTo("Đã chuyển tiền thu hộ");
  }

  @Test
  void aCarrierIsKnownHoweverItIsSpelled() {
    assertThat(Carriers.hasApi("GHN")).isTrue();
    assertThat(Carriers.hasApi("Giao Hàng Nhanh")).isTrue();
    assertThat(Carriers.hasApi("Viettel Post")).isFalse();
    assertThat(Carriers.fold("Bưu điện Việt Nam")).isEqualTo("buudienvietnam");
  }

  @Test
  void settingsAreAllOrNothingAndNeverTheDemoOnesForReal() {
    assertThat(GhnSettings.problems(false, "", null, "")).isEmpty();
    assertThat(GhnSettings.problems(false, "a-real-token", null, "")).hasSize(2);
    assertThat(GhnSettings.problems(false, GhnSettings.DEMO_TOKEN, 885L, GhnSettings.DEMO_WEBHOOK_SECRET))
        .anyMatch(p -> p.contains("demo"));
    assertThat(GhnSettings.problems(true, GhnSettings.DEMO_TOKEN, 885L, GhnSettings.DEMO_WEBHOOK_SECRET)).isEmpty();
    assertThat(GhnWebhookResource.sameSecret("abc", "abc")).isTrue();
    assertThat(GhnWebhookResource.sameSecret("abd", "abc")).isFalse();
    assertThat(GhnWebhookResource.sameSecret(null, "abc")).isFalse();
  }
}
