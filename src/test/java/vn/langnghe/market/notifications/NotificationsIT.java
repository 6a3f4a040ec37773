package vn.langnghe.market.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestMail;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Notices reach people by e-mail and by a Zalo ZNS template message (the simulator under
 * /api/sandbox/zalo stands in for Zalo); a Zalo outage holds no e-mail back and is retried.
 */
class NotificationsIT extends MarketIT {

  private final TestShops shops = new TestShops(api);
  private final TestOrders orders = new TestOrders(api);

  @AfterEach
  void zaloWorksAgain() {
    api.post("/api/sandbox/zalo/fault", Map.of("mode", "NONE"), null);
  }

  @Test
  void anAnsweredQuestionReachesTheAskerAsTheZnsTemplateWithItsParameters() throws Exception {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "ZNS", 3, 450_000, "Khay bạc chạm rồng");
    String buyer = api.newAccount("SHOPPER", "zalo-buyer");
    String phone = newPhone();
    Api.Reply set = api.put("/api/my/notification-settings", Map.of("zaloPhone", local(phone)), buyer);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().get("zaloPhone").asText()).isEqualTo("+" + phone);

    Api.Reply asked = api.post("/api/products/" + listing.productId() + "/questions",
        Map.of("text", "Khay có kèm hộp quà không ạ?"), buyer);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    Api.Reply answered = api.post("/api/my/questions/" + asked.json().get("id").asLong() + "/answer",
        Map.of("text", "Có ạ, hộp gỗ sơn mài."), listing.token());
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

    JsonNode message = awaitReceived(phone, 1).get(0);
    assertThat(message.get("templateId").asText()).isEqualTo("zns-question-answered");
    assertThat(message.get("phone").asText()).isEqualTo(phone);
    String shopName = api.get("/api/products/" + listing.productId()).json().at("/shop/name").asText();
    assertThat(message.get("templateData").get("product_name").asText()).isEqualTo("Khay bạc chạm rồng");
    assertThat(message.get("templateData").get("shop_name").asText()).isEqualTo(shopName);
    assertThat(message.get("trackingId").asText()).startsWith("notification-");

    TestMail.Mail mail = TestMail.await(email(buyer), "đã trả lời câu hỏi của bạn");
    assertThat(mail.body()).contains("Có ạ, hộp gỗ sơn mài.");
  }

  @Test
  void withZaloDownTheEmailStillGoesAndZaloIsTriedAgainUntilItIsDelivered() throws Exception {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "ZNSDOWN", 3, 300_000, "Vòng bạc trơn");
    String artisanPhone = newPhone();
    assertThat(api.put("/api/my/notification-settings", Map.of("zaloPhone", "+" + artisanPhone),
        listing.token()).status()).isEqualTo(200);
    String buyer = api.newAccount("SHOPPER", "zalo-down");
    Api.Reply placed = orders.placed(buyer, List.of(TestOrders.line(listing.sku(), 1)));
    orders.pay(placed);
    String number = placed.json().get("orderNumber").asText();
    long shopOrderId = placed.json().at("/shopOrders/0/id").asLong();

    Api.Reply down = api.post("/api/sandbox/zalo/fault", Map.of("mode", "DOWN"), null);
    assertThat(down.status()).as(down.toString()).isEqualTo(200);
    Api.Reply written = api.post("/api/orders/" + number + "/shop-orders/" + shopOrderId + "/messages",
        Map.of("text", "Xưởng gói kỹ giúp em nhé."), buyer);
    assertThat(written.status()).as(written.toString()).isEqualTo(200);

    TestMail.Mail mail = TestMail.await(email(listing.token()), "Tin nhắn mới của khách về đơn " + number);
    assertThat(mail.body()).contains("Xưởng gói kỹ giúp em nhé.");
    eventually("ZNS tried twice while down", () -> log(artisanPhone).get("refused").size() >= 2);
    assertThat(log(artisanPhone).get("received")).isEmpty();

    api.post("/api/sandbox/zalo/fault", Map.of("mode", "NONE"), null);
    JsonNode delivered = awaitReceived(artisanPhone, 1).get(0);
    assertThat(delivered.get("templateId").asText()).isEqualTo("zns-order-message");
    assertThat(delivered.get("templateData").get("order_code").asText()).isEqualTo(number);
    assertThat(delivered.get("templateData").get("sender_name").asText()).isEqualTo("Khách hàng");
    assertThat(TestMail.to(email(listing.token())).stream()
        .filter(m -> m.subject().contains("Tin nhắn mới của khách về đơn " + number))).hasSize(1);
  }

  @Test
  void aPhoneThatIsNotVietnameseIsRefusedNamingTheField() {
    String buyer = api.newAccount("SHOPPER", "zalo-bad");
    Api.Reply bad = api.put("/api/my/notification-settings", Map.of("zaloPhone", "12345"), buyer);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.body()).contains("zaloPhone");
  }

  private JsonNode log(String phone) {
    Api.Reply log = api.get("/api/sandbox/zalo/received?phone=" + phone);
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    return log.json();
  }

  private List<JsonNode> awaitReceived(String phone, int count) throws InterruptedException {
    eventually("ZNS received " + count + " for " + phone, () -> log(phone).get("received").size() >= count);
    List<JsonNode> received = new java.util.ArrayList<>();
    log(phone).get("received").forEach(received::add);
    return received;
  }

  private static String email(String token) {
    return api.get("/api/me", token).json().get("email").asText();
  }

  /** A fresh mobile number as ZNS takes it (84 and nine digits). */
  private static String newPhone() {
    return "8491" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  private static String local(String phone) {
    String rest = phone.substring(2);
    return "0" + rest.substring(0, 3) + " " + rest.substring(3, 6) + " " + rest.substring(6);
  }
}
