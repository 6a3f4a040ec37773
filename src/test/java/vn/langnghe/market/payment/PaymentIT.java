package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/** What the gateway ITs share: a shopper, a Đồng Xâm silversmith, one-item orders to pay. */
abstract class PaymentIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;
  static TestShops.Artisan silversmith;

  @BeforeAll
  static void shopperAndSilversmith() {
    shopper = api.newAccount("SHOPPER", "payer");
    silversmith = shops.artisanWithApprovedShop("dong-xam-cham-bac");
  }

  /** A one-item order of a fresh product (3 in stock), to be paid by {@code method}. */
  static Api.Reply orderPaidBy(String method, long price) {
    String sku = TestShops.sku(method.substring(0, 3));
    shops.product(silversmith, sku, 3, price, "Bình bạc chạm rồng");
    return orders.placed(shopper, List.of(TestOrders.line(sku, 1)), method);
  }

  static String reference(Api.Reply checkout) {
    return checkout.json().at("/payment/reference").asText();
  }

  static String number(Api.Reply checkout) {
    return checkout.json().get("orderNumber").asText();
  }

  static long total(Api.Reply checkout) {
    return checkout.json().get("totalVnd").asLong();
  }

  static JsonNode orderNow(String number) {
    Api.Reply reply = api.get("/api/orders/" + number, shopper);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }
}
