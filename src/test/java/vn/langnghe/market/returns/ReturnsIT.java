package vn.langnghe.market.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.market.testing.TestOrders.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.ledger.LedgerRates;
import vn.langnghe.market.ledger.LedgerRates.Figures;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;
import vn.langnghe.market.testing.TestOrders;
import vn.langnghe.market.testing.TestShops;

/**
 * Returns end to end over HTTP, with the VNPay simulator playing the bank: a one-line return of a
 * two-line shop order refunds exactly that line (a partial refund, type 03), the ledger, stock and
 * facts take exactly it back, and the shop's money is held until the return ends; a silent shop
 * has accepted after its answer time (moved into the past here); a dispute decided twice refunds
 * once. The return window here is PT5S (market.payouts.return-window), so returns are asked at once.
 */
class ReturnsIT extends MarketIT {

  static final TestShops shops = new TestShops(api);
  static final TestOrders orders = new TestOrders(api);
  static String shopper;
  static String officer;

  @BeforeAll
  static void prepare() {
    shopper = api.newAccount("SHOPPER", "returns");
    officer = api.login(TestShops.OFFICER, Api.PASSWORD);
  }

  /** Pays the checkout on the simulator's page, IPN delivered: VNPay knows the transaction. */
  static void payOnVnpay(Api.Reply checkout) {
    String url = checkout.json().at("/payment/redirectUrl").asText();
    Api.Reply paid = api.post("/api/sandbox/vnpay/payment?" + url.substring(url.indexOf('?') + 1),
        Map.of("bankCode", "NCB", "action", "PAY", "deliverIpn", true), null);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(orders.detail(shopper, number(checkout)).get("status").asText()).isEqualTo("PAID");
  }

  static String number(Api.Reply checkout) {
    return checkout.json().get("orderNumber").asText();
  }

  static String reference(Api.Reply checkout) {
    return checkout.json().at("/payment/reference").asText();
  }

  static long partOf(Api.Reply checkout, long shopId) {
    for (JsonNode part : orders.detail(shopper, number(checkout)).get("shopOrders")) {
      if (part.at("/shop/id").asLong() == shopId) {
        return part.get("id").asLong();
      }
    }
    throw new AssertionError("no part of shop " + shopId);
  }

  static Api.Reply step(long partId, String step, Object body, TestShops.Artisan artisan) {
    return api.post("/api/my/orders/" + partId + "/" + step, body, artisan.token());
  }

  static void delivered(long partId, TestShops.Artisan artisan) {
    assertThat(step(partId, "confirm", Map.of(), artisan).status()).isEqualTo(200);
    Api.Reply shipped = step(partId, "ship",
        Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + System.nanoTime() % 1_000_000_000L), artisan);
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    assertThat(step(partId, "deliver", Map.of(), artisan).status()).isEqualTo(200);
  }

  static Api.Reply ask(Api.Reply checkout, long partId, String sku, int quantity, String reason) {
    return api.post("/api/orders/" + number(checkout) + "/returns", Map.of("shopOrderId", partId,
        "lines", List.of(Map.of("sku", sku, "quantity", quantity)), "reason", reason,
        "text", "Khay bị móp một góc khi nhận"), shopper);
  }

  static JsonNode returnOf(Api.Reply checkout, long id) {
    Api.Reply list = api.get("/api/orders/" + number(checkout) + "/returns", shopper);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    for (JsonNode r : list.json()) {
      if (r.get("id").asLong() == id) {
        return r;
      }
    }
    throw new AssertionError("no return " + id);
  }

  static JsonNode balance(TestShops.Artisan artisan) {
    Api.Reply reply = api.get("/api/my/balance", artisan.token());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  static long ledger(String column, long partId, String kind) {
    return TestDatabase.count("SELECT COALESCE(SUM(" + column + "), 0) FROM ledger_entry"
        + " WHERE shop_order_id = ? AND kind = ?", partId, kind);
  }

  /** A paid (on the simulator) and delivered shop order of one new shop: a ring and a tray. */
  record Sold(TestShops.Artisan artisan, Api.Reply checkout, long partId, String ring, String tray) {}

  static Sold soldAndDelivered(long ringPrice, long trayPrice) {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String ring = TestShops.sku("RR");
    String tray = TestShops.sku("RT");
    shops.product(artisan, ring, 3, ringPrice, "Nhẫn bạc chạm hoa sen");
    shops.product(artisan, tray, 3, trayPrice, "Khay bạc chạm rồng");
    Api.Reply checkout = orders.placed(shopper, List.of(line(ring, 1), line(tray, 1)));
    payOnVnpay(checkout);
    long partId = partOf(checkout, artisan.shopId());
    delivered(partId, artisan);
    return new Sold(artisan, checkout, partId, ring, tray);
  }

  @Test
  void anAcceptedReturnOfOneLineRefundsExactlyThatLineEverywhere() throws InterruptedException {
    Sold sold = soldAndDelivered(1_250_000, 900_000);
    long saleNet = ledger("net_vnd", sold.partId(), "SALE");
    assertThat(TestDatabase.onHand(sold.tray())).isEqualTo(2);

    Api.Reply asked = ask(sold.checkout(), sold.partId(), sold.tray(), 1, "DAMAGED");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    assertThat(asked.json().get("amountVnd").asLong()).isEqualTo(900_000);
    assertThat(asked.json().get("status").asText()).isEqualTo("REQUESTED");
    // a second open return of the same shop order is refused
    assertThat(ask(sold.checkout(), sold.partId(), sold.ring(), 1, "DAMAGED").status()).isEqualTo(409);

    // past the return window the money is still held, not available, while the return is open
    eventually("the window to pass with the money on hold", () -> {
      JsonNode b = balance(sold.artisan());
      return b.get("onHoldVnd").asLong() == saleNet && b.get("pendingVnd").asLong() == 0;
    });
    assertThat(balance(sold.artisan()).get("availableVnd").asLong()).isZero();

    Api.Reply accepted = api.post("/api/my/returns/" + id + "/accept", Map.of(), sold.artisan().token());
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(balance(sold.artisan()).get("onHoldVnd").asLong()).isEqualTo(saleNet);

    Api.Reply received = api.post("/api/my/returns/" + id + "/received",
        Map.of("restock", List.of(Map.of("sku", sold.tray(), "quantity", 1))), sold.artisan().token());
    assertThat(received.status()).as(received.toString()).isEqualTo(200);
    assertThat(received.json().get("status").asText()).isEqualTo("REFUNDED");
    assertThat(received.json().get("refundedVnd").asLong()).isEqualTo(900_000);

    // the gateway: one partial refund (type 03) of exactly the tray, accepted by VNPay
    eventually("the refund to succeed",
        () -> "SUCCEEDED".equals(returnOf(sold.checkout(), id).path("refundStatus").asText()));
    JsonNode seen = api.get("/api/sandbox/vnpay/refunds/" + reference(sold.checkout())).json();
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).get("transactionType").asText()).isEqualTo("03");
    assertThat(seen.get(0).get("amountVnd").asLong()).isEqualTo(900_000);
    assertThat(seen.get(0).get("responseCode").asText()).isEqualTo("00");

    // the ledger: one RETURN line, exactly what the tray took off the sale at the sale's rates
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_order_id = ? AND kind = 'RETURN'",
        sold.partId())).isEqualTo(1);
    LedgerRates rates = new LedgerRates(
        (int) TestDatabase.count("SELECT commission_basis_points FROM ledger_entry WHERE shop_order_id = ? AND kind = 'SALE'", sold.partId()),
        (int) TestDatabase.count("SELECT vat_basis_points FROM ledger_entry WHERE shop_order_id = ? AND kind = 'SALE'", sold.partId()),
        (int) TestDatabase.count("SELECT pit_basis_points FROM ledger_entry WHERE shop_order_id = ? AND kind = 'SALE'", sold.partId()));
    long goods = ledger("goods_vnd", sold.partId(), "SALE");
    long shipping = ledger("shipping_vnd", sold.partId(), "SALE");
    assertThat(goods).isEqualTo(2_150_000);
    Figures expected = rates.returned(goods, shipping, 900_000, 0);
    assertThat(new Figures(ledger("goods_vnd", sold.partId(), "RETURN"), ledger("shipping_vnd", sold.partId(), "RETURN"),
        ledger("gross_vnd", sold.partId(), "RETURN"), ledger("commission_vnd", sold.partId(), "RETURN"),
        ledger("vat_withheld_vnd", sold.partId(), "RETURN"), ledger("pit_withheld_vnd", sold.partId(), "RETURN"),
        ledger("net_vnd", sold.partId(), "RETURN"))).isEqualTo(expected);
    assertThat(expected.goodsVnd()).isEqualTo(-900_000);
    assertThat(ledger("net_vnd", sold.partId(), "SALE") + expected.netVnd())
        .isEqualTo(rates.of(1_250_000, shipping).netVnd());

    // the stock: the tray is back on sale
    assertThat(TestDatabase.onHand(sold.tray())).isEqualTo(3);
    assertThat(TestDatabase.onHand(sold.ring())).isEqualTo(2);

    // the facts: a refund of 900 000 on the shop's rows, the order still counted as sold
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(refunds_vnd), 0) FROM sales_fact WHERE shop_id = ?",
        sold.artisan().shopId())).isEqualTo(900_000);
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(refunded_orders), 0) FROM sales_fact WHERE shop_id = ?",
        sold.artisan().shopId())).isZero();
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(orders), 0) FROM sales_fact WHERE shop_id = ?",
        sold.artisan().shopId())).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(f.refunds_vnd), 0) FROM product_sales_fact f"
        + " JOIN variant v ON v.product_id = f.product_id WHERE v.sku = ?", sold.tray())).isEqualTo(900_000);
    // and a rebuild of the facts from the orders finds the same refund
    Api.Reply rebuild = api.post("/api/admin/reports/rebuild", Map.of(),
        api.login("admin@demo.langnghe.vn", Api.PASSWORD));
    assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(200);
    for (String differing : List.of("salesRowsDiffering", "productRowsDiffering")) {
      assertThat(rebuild.json().get(differing).asLong()).as(differing + ": " + rebuild.body()).isZero();
    }

    // the return ended: nothing on hold, the sale less the return is available
    eventually("the hold to end", () -> {
      JsonNode b = balance(sold.artisan());
      return b.get("onHoldVnd").asLong() == 0 && b.get("availableVnd").asLong() == saleNet + expected.netVnd();
    });
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_hold WHERE shop_order_id = ?", sold.partId())).isZero();

    // the tray cannot be returned twice; the ring still can
    assertThat(ask(sold.checkout(), sold.partId(), sold.tray(), 1, "DAMAGED").status()).isIn(400, 422);
  }

  @Test
  void aShopSilentForItsAnswerTimeHasAcceptedOnce() throws InterruptedException {
    Sold sold = soldAndDelivered(700_000, 400_000);
    // a change of mind only where the shop's policy takes it
    assertThat(ask(sold.checkout(), sold.partId(), sold.ring(), 1, "CHANGED_MIND").status()).isEqualTo(422);
    assertThat(api.put("/api/my/return-policy", Map.of("acceptsChangedMind", true), sold.artisan().token())
        .status()).isEqualTo(200);
    Api.Reply asked = ask(sold.checkout(), sold.partId(), sold.ring(), 1, "CHANGED_MIND");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    assertThat(java.time.Duration.between(java.time.Instant.parse(asked.json().get("createdAt").asText()),
        java.time.Instant.parse(asked.json().get("dueAt").asText()))).isEqualTo(java.time.Duration.ofHours(48));

    // an hour later nothing has happened; then the 48 hours are over (the deadline moved back)
    TestDatabase.update("UPDATE return_request SET due_at = due_at - INTERVAL 1 HOUR WHERE id = ?", id);
    Thread.sleep(1500); // two sweeps at PT1S: the sweep must leave a return inside its time alone
    assertThat(returnOf(sold.checkout(), id).get("status").asText()).isEqualTo("REQUESTED");
    TestDatabase.update("UPDATE return_request SET due_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", id);
    eventually("the silent shop to have accepted",
        () -> "ACCEPTED".equals(returnOf(sold.checkout(), id).get("status").asText()));
    JsonNode accepted = returnOf(sold.checkout(), id);
    assertThat(accepted.get("steps").findValuesAsText("action")).containsExactly("REQUESTED", "ACCEPTED");
    assertThat(accepted.get("steps").get(1).get("actor").asText()).isEqualTo("SYSTEM");
    // the shop answering late changes nothing, and later sweeps accept nothing again
    assertThat(api.post("/api/my/returns/" + id + "/accept", Map.of(), sold.artisan().token()).status()).isEqualTo(409);
    Thread.sleep(1500);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM return_step WHERE return_id = ? AND action = 'ACCEPTED'", id))
        .isEqualTo(1);
  }

  @Test
  void aDisputeDecisionSubmittedTwiceRefundsOnce() throws InterruptedException {
    Sold sold = soldAndDelivered(600_000, 500_000);
    Api.Reply photo = api.upload("/api/returns/photos", "nhan.png", "image/png", TestImages.png(320, 240), shopper);
    assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
    Api.Reply asked = api.post("/api/orders/" + number(sold.checkout()) + "/returns", Map.of("shopOrderId", sold.partId(),
        "lines", List.of(Map.of("sku", sold.ring(), "quantity", 1)), "reason", "NOT_AS_DESCRIBED",
        "text", "Nhẫn bị móp, không như ảnh", "imageIds", List.of(photo.json().get("id").asLong())), shopper);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    // the photo: the buyer, the shop and officers see it; another shopper does not
    String photoUrl = asked.json().at("/photos/0/url").asText();
    assertThat(api.get(photoUrl, sold.artisan().token()).status()).isEqualTo(200);
    assertThat(api.get(photoUrl, officer).status()).isEqualTo(200);
    assertThat(api.get(photoUrl, api.newAccount("SHOPPER", "stranger")).status()).isEqualTo(404);
    // escalation is for a refusal: not before
    assertThat(api.post("/api/returns/" + id + "/escalate", Map.of("text", "Cửa hàng im lặng"), shopper).status())
        .isEqualTo(409);
    Api.Reply refused = api.post("/api/my/returns/" + id + "/refuse", Map.of("reason", "Hàng đúng như mô tả"),
        sold.artisan().token());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
    Api.Reply escalated = api.post("/api/returns/" + id + "/escalate",
        Map.of("text", "Nhẫn không có hoa văn như ảnh"), shopper);
    assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
    assertThat(escalated.json().get("status").asText()).isEqualTo("ESCALATED");

    // the order's private thread is part of what the officer reads
    Api.Reply buyerWrote = api.post("/api/orders/" + number(sold.checkout()) + "/shop-orders/" + sold.partId()
        + "/messages", Map.of("text", "Tôi gửi thêm ảnh hoa văn ở đây"), shopper);
    assertThat(buyerWrote.status()).as(buyerWrote.toString()).isEqualTo(200);
    Api.Reply shopWrote = api.post("/api/my/orders/" + sold.partId() + "/messages",
        Map.of("text", "Hoa văn đúng mẫu đã chụp"), sold.artisan().token());
    assertThat(shopWrote.status()).as(shopWrote.toString()).isEqualTo(200);

    Api.Reply list = api.get("/api/officer/disputes?status=open", officer);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsText("id")).contains(Long.toString(id));
    JsonNode view = api.get("/api/officer/disputes/" + id, officer).json();
    assertThat(view.get("text").asText()).contains("móp");
    assertThat(view.get("refusalReason").asText()).isEqualTo("Hàng đúng như mô tả");
    assertThat(view.get("escalationText").asText()).contains("hoa văn");
    assertThat(view.get("messages").findValuesAsText("text"))
        .containsExactly("Tôi gửi thêm ảnh hoa văn ở đây", "Hoa văn đúng mẫu đã chụp");
    assertThat(view.get("messages").findValuesAsText("side")).containsExactly("BUYER", "SHOP");
    assertThat(api.get("/api/officer/disputes/" + id, shopper).status()).isEqualTo(403);

    long total = ledger("gross_vnd", sold.partId(), "SALE");
    assertThat(api.post("/api/officer/disputes/" + id + "/decide", Map.of("refundVnd", total + 1, "note", "quá"),
        officer).status()).isEqualTo(422);
    Map<String, Object> decision = Map.of("refundVnd", 300_000, "note", "Hoàn một nửa giá nhẫn");
    List<Api.Reply> twice = TestOrders.all(List.<Callable<Api.Reply>>of(
        () -> api.post("/api/officer/disputes/" + id + "/decide", decision, officer),
        () -> api.post("/api/officer/disputes/" + id + "/decide", decision, officer)), 2);
    for (Api.Reply reply : twice) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().get("status").asText()).isEqualTo("DECIDED");
    }
    assertThat(api.post("/api/officer/disputes/" + id + "/decide", decision, officer).status()).isEqualTo(200);
    assertThat(api.post("/api/officer/disputes/" + id + "/decide", Map.of("refundVnd", 1, "note", "khác"), officer)
        .status()).isEqualTo(409);

    assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund WHERE shop_order_id = ?", sold.partId())).isEqualTo(1);
    assertThat(TestDatabase.count("SELECT amount_vnd FROM refund WHERE shop_order_id = ?", sold.partId())).isEqualTo(300_000);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_order_id = ? AND kind = 'RETURN'",
        sold.partId())).isEqualTo(1);
    assertThat(ledger("gross_vnd", sold.partId(), "RETURN")).isEqualTo(-300_000);
    eventually("the decided refund to reach VNPay",
        () -> api.get("/api/sandbox/vnpay/refunds/" + reference(sold.checkout())).json().size() == 1);
    Thread.sleep(1500); // the refund runner (PT1S) sends nothing more
    JsonNode seen = api.get("/api/sandbox/vnpay/refunds/" + reference(sold.checkout())).json();
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).get("amountVnd").asLong()).isEqualTo(300_000);
    assertThat(seen.get(0).get("transactionType").asText()).isEqualTo("03");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_hold WHERE shop_order_id = ?", sold.partId())).isZero();

    Api.Reply report = api.get("/api/reports/complaints?groupBy=craft", officer);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.json().at("/totals/disputes").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(api.get("/api/reports/complaints?groupBy=shop", officer).status()).isEqualTo(400);
  }

  @Test
  void aCashOnDeliveryReturnIsRefundedByABankTransferAnAdminMarksPaid() throws InterruptedException {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String bowl = TestShops.sku("RCOD");
    shops.product(artisan, bowl, 3, 450_000, "Bát bạc");
    Api.Reply checkout = orders.placed(shopper, List.of(line(bowl, 2)), "COD");
    long partId = partOf(checkout, artisan.shopId());
    delivered(partId, artisan);
    Map<String, Object> asked = new java.util.HashMap<>(Map.of("shopOrderId", partId,
        "lines", List.of(Map.of("sku", bowl, "quantity", 1)), "reason", "WRONG_ITEM", "text", "Giao nhầm mẫu"));
    Api.Reply noAccount = api.post("/api/orders/" + number(checkout) + "/returns", asked, shopper);
    assertThat(noAccount.status()).isEqualTo(400);
    assertThat(noAccount.body()).contains("bankAccount");
    asked.put("bankAccount", Map.of("bankBin", "970436", "accountNumber", "12", "accountName", "Nguyễn Văn An"));
    Api.Reply badNumber = api.post("/api/orders/" + number(checkout) + "/returns", asked, shopper);
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.json().at("/errors/0/field").asText()).isEqualTo("bankAccount.accountNumber");
    asked.put("bankAccount", Map.of("bankBin", "970436", "accountNumber", "0071 0001 2345", "accountName", "An 2"));
    Api.Reply badName = api.post("/api/orders/" + number(checkout) + "/returns", asked, shopper);
    assertThat(badName.status()).isEqualTo(400);
    assertThat(badName.json().at("/errors/0/field").asText()).isEqualTo("bankAccount.accountName");
    asked.put("bankAccount", Map.of("bankBin", "970436", "accountNumber", "0071 0001 2345", "accountName", "Nguyễn Văn An"));
    Api.Reply made = api.post("/api/orders/" + number(checkout) + "/returns", asked, shopper);
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    long id = made.json().get("id").asLong();
    assertThat(api.post("/api/my/returns/" + id + "/accept", Map.of(), artisan.token()).status()).isEqualTo(200);
    Api.Reply received = api.post("/api/my/returns/" + id + "/received", Map.of(), artisan.token());
    assertThat(received.status()).as(received.toString()).isEqualTo(200);
    assertThat(received.json().get("refundStatus").asText()).isEqualTo("DUE");
    assertThat(TestDatabase.onHand(bowl)).isEqualTo(1); // nothing fit to sell again was named

    String admin = api.login("admin@demo.langnghe.vn", Api.PASSWORD);
    JsonNode due = null;
    for (JsonNode row : api.get("/api/admin/return-refunds", admin).json()) {
      if (row.get("returnId").asLong() == id) {
        due = row;
      }
    }
    assertThat(due).isNotNull();
    assertThat(due.get("amountVnd").asLong()).isEqualTo(450_000);
    assertThat(due.get("accountNumber").asText()).isEqualTo("007100012345");
    assertThat(due.get("accountName").asText()).isEqualTo("NGUYEN VAN AN");
    assertThat(due.get("status").asText()).isEqualTo("DUE");
    assertThat(api.get("/api/admin/return-refunds", shopper).status()).isEqualTo(403);
    Api.Reply paid = api.post("/api/admin/return-refunds/" + due.get("id").asLong() + "/paid",
        Map.of("bankReference", "FT26341000123"), admin);
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(returnOf(checkout, id).get("refundStatus").asText()).isEqualTo("PAID");
    // no gateway refund for money that never went through one; the ledger still takes the bowl back
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund WHERE shop_order_id = ?", partId)).isZero();
    assertThat(ledger("goods_vnd", partId, "RETURN")).isEqualTo(-450_000);
    assertThat(ledger("goods_vnd", partId, "SALE")).isEqualTo(900_000);
  }

  /** Moves the part's SHIPPED change back, so that it may be reported as never received. */
  static void shippedLongAgo(long partId) {
    TestDatabase.update("UPDATE order_status_change SET changed_at = changed_at - INTERVAL 15 DAY"
        + " WHERE shop_order_id = ? AND to_status = 'SHIPPED'", partId);
  }

  static void shipped(long partId, TestShops.Artisan artisan) {
    assertThat(step(partId, "confirm", Map.of(), artisan).status()).isEqualTo(200);
    Api.Reply shipped = step(partId, "ship",
        Map.of("carrier", "Viettel Post", "trackingCode", "VTP" + System.nanoTime() % 1_000_000_000L), artisan);
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
    shippedLongAgo(partId);
  }

  static Api.Reply neverReceived(Api.Reply checkout, long partId) {
    return api.post("/api/orders/" + number(checkout) + "/returns", Map.of("shopOrderId", partId,
        "reason", "NOT_RECEIVED", "text", "Đã 15 ngày chưa nhận được hàng"), shopper);
  }

  @Test
  void aParcelNeverReceivedGoesToOfficersAndTheCarriersReturnRefundsNothingTwice() throws InterruptedException {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String ring = TestShops.sku("RN");
    String tray = TestShops.sku("RN");
    shops.product(artisan, ring, 3, 1_250_000, "Nhẫn bạc chạm hoa sen");
    shops.product(artisan, tray, 3, 450_000, "Khay bạc chạm rồng");
    Api.Reply checkout = orders.placed(shopper, List.of(line(ring, 1), line(tray, 2)));
    payOnVnpay(checkout);
    long partId = partOf(checkout, artisan.shopId());
    shipped(partId, artisan);

    Api.Reply asked = neverReceived(checkout, partId);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    // the shop stays silent for its answer time: officers decide, nobody is paid on silence alone
    TestDatabase.update("UPDATE return_request SET due_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", id);
    eventually("the silence to reach the officers",
        () -> "ESCALATED".equals(returnOf(checkout, id).get("status").asText()));
    JsonNode escalated = returnOf(checkout, id);
    assertThat(escalated.get("steps").findValuesAsText("action")).containsExactly("REQUESTED", "ESCALATED");
    assertThat(escalated.get("steps").get(1).get("actor").asText()).isEqualTo("SYSTEM");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund WHERE shop_order_id = ?", partId)).isZero();
    assertThat(api.get("/api/officer/disputes?status=open", officer).json().findValuesAsText("id"))
        .contains(Long.toString(id));

    long total = ledger("gross_vnd", partId, "SALE");
    long goods = ledger("goods_vnd", partId, "SALE");
    assertThat(goods).isEqualTo(2_150_000);
    Api.Reply decided = api.post("/api/officer/disputes/" + id + "/decide",
        Map.of("refundVnd", total, "note", "Hàng thất lạc, hoàn toàn bộ"), officer);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(decided.json().get("refundedVnd").asLong()).isEqualTo(total);
    // the facts: the goods refunded on each product in proportion, not all on the first
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(f.refunds_vnd), 0) FROM product_sales_fact f"
        + " JOIN variant v ON v.product_id = f.product_id WHERE v.sku = ?", ring)).isEqualTo(1_250_000);
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(f.refunds_vnd), 0) FROM product_sales_fact f"
        + " JOIN variant v ON v.product_id = f.product_id WHERE v.sku = ?", tray)).isEqualTo(900_000);
    // the decided lines count as returned: they cannot be asked back again
    Api.Reply again = neverReceived(checkout, partId);
    assertThat(again.status()).as(again.toString()).isEqualTo(400);

    // then the carrier brings the parcel back: nothing more is refunded, nothing reversed twice
    Api.Reply back = step(partId, "returned", Map.of("reason", "Thất lạc rồi tìm thấy"), artisan);
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(amount_vnd), 0) FROM refund WHERE shop_order_id = ?", partId))
        .isEqualTo(total);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_order_id = ? AND kind = 'REVERSAL'",
        partId)).isZero();
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(goods_vnd), 0) FROM ledger_entry WHERE shop_order_id = ?",
        partId)).isZero();
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(net_vnd), 0) FROM ledger_entry WHERE shop_order_id = ?",
        partId)).isZero();
    assertThat(TestDatabase.count("SELECT COALESCE(SUM(refunds_vnd), 0) FROM sales_fact WHERE shop_id = ?",
        artisan.shopId())).isEqualTo(total);
  }

  @Test
  void aCashOnDeliveryParcelOnItsWayCannotBeClaimedAsNeverReceived() {
    TestShops.Artisan artisan = shops.artisanWithApprovedShop("dong-xam-cham-bac");
    String bowl = TestShops.sku("RNC");
    shops.product(artisan, bowl, 3, 450_000, "Bát bạc");
    Api.Reply checkout = orders.placed(shopper, List.of(line(bowl, 1)), "COD");
    long partId = partOf(checkout, artisan.shopId());
    shipped(partId, artisan);
    Api.Reply asked = api.post("/api/orders/" + number(checkout) + "/returns", Map.of("shopOrderId", partId,
        "reason", "NOT_RECEIVED", "text", "Chưa nhận được hàng", "bankAccount", Map.of("bankBin", "970436",
            "accountNumber", "007100012345", "accountName", "Nguyen Van An")), shopper);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(422);
    assertThat(asked.json().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM return_bank_refund b JOIN return_request r ON r.id = b.return_id"
        + " WHERE r.shop_order_id = ?", partId)).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_entry WHERE shop_order_id = ?", partId)).isZero();
  }

  @Test
  void anAcceptedReturnWhoseParcelNeverComesBackEndsItsHold() throws InterruptedException {
    Sold sold = soldAndDelivered(800_000, 300_000);
    Api.Reply asked = ask(sold.checkout(), sold.partId(), sold.tray(), 1, "DAMAGED");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    long id = asked.json().get("id").asLong();
    // a refusal longer than its column is a 400 naming the reason, not a 500
    Api.Reply tooLong = api.post("/api/my/returns/" + id + "/refuse", Map.of("reason", "x".repeat(1500)),
        sold.artisan().token());
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
    assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(api.post("/api/my/returns/" + id + "/accept", Map.of(), sold.artisan().token()).status()).isEqualTo(200);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_hold WHERE shop_order_id = ?", sold.partId())).isEqualTo(1);
    // the buyer sends nothing back before the parcel was due: the return lapses, the hold ends
    TestDatabase.update("UPDATE return_request SET due_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", id);
    eventually("the lapsed return to close", () -> "CLOSED".equals(returnOf(sold.checkout(), id).get("status").asText()));
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_hold WHERE shop_order_id = ?", sold.partId())).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM refund WHERE shop_order_id = ?", sold.partId())).isZero();

    // sent back with a tracking code but never marked received: the officers decide
    Api.Reply second = ask(sold.checkout(), sold.partId(), sold.ring(), 1, "DAMAGED");
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    long other = second.json().get("id").asLong();
    assertThat(api.post("/api/my/returns/" + other + "/accept", Map.of(), sold.artisan().token()).status()).isEqualTo(200);
    Api.Reply parcel = api.post("/api/returns/" + other + "/parcel",
        Map.of("carrier", "GHN", "trackingCode", "GHN123456789"), shopper);
    assertThat(parcel.status()).as(parcel.toString()).isEqualTo(200);
    TestDatabase.update("UPDATE return_request SET due_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", other);
    eventually("the unreceived parcel to reach the officers",
        () -> "ESCALATED".equals(returnOf(sold.checkout(), other).get("status").asText()));
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM payout_hold WHERE shop_order_id = ?", sold.partId())).isEqualTo(1);
  }
}
