package vn.langnghe.market.listings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestShops;

/**
 * A listing reported by a visitor, hidden by an officer, answered by its artisan and put back; and
 * the officers' clock against the law's 24 hours.
 */
class ListingTakedownsIT extends MarketIT {

  private final TestShops shops = new TestShops(api);

  @Test
  void aReportedListingHiddenByAnOfficerLeavesSearchAndItsPageUntilPutBack() throws Exception {
    String word = "Takedown" + UUID.randomUUID().toString().substring(0, 6);
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "TKD", 5, 450_000,
        "Khay bạc " + word);
    String slug = shops.slug(listing.productId());
    eventually("the listing in search", () -> found(word));

    // a visitor, not signed in, reports it
    Api.Reply reported = api.post("/api/products/" + slug + "/report",
        Map.of("reason", "COUNTERFEIT", "text", "Không phải bạc 92.5 như quảng cáo"), null);
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
    long reportId = reported.json().get("id").asLong();
    assertThat(Duration.between(Instant.parse(reported.json().get("reportedAt").asText()),
        Instant.parse(reported.json().get("decideBy").asText()))).isEqualTo(Duration.ofHours(24));
    Api.Reply badReason = api.post("/api/products/" + slug + "/report", Map.of("reason", "UGLY"), null);
    assertThat(badReason.status()).as(badReason.toString()).isEqualTo(400);
    assertThat(badReason.contentType()).startsWith("application/problem+json");

    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    JsonNode queued = queued(officer, reportId);
    assertThat(queued.get("status").asText()).isEqualTo("OPEN");
    assertThat(queued.get("overdue").asBoolean()).isFalse();
    assertThat(queued.at("/listing/slug").asText()).isEqualTo(slug);

    // only officers hide, and they must say why
    String shopper = api.newAccount("SHOPPER", "takedown");
    assertThat(api.post("/api/officer/products/" + listing.productId() + "/hide",
        Map.of("reason", "Hàng giả"), shopper).status()).isEqualTo(403);
    Api.Reply noReason = api.post("/api/officer/products/" + listing.productId() + "/hide",
        Map.of("reason", " "), officer);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().at("/errors/0/field").asText()).isEqualTo("reason");

    String reason = "Sản phẩm ghi bạc 92.5 nhưng người mua phản ánh là hàng mạ; tạm ẩn để xác minh.";
    Api.Reply hidden = api.post("/api/officer/products/" + listing.productId() + "/hide",
        Map.of("reason", reason, "reportIds", List.of(reportId)), officer);
    assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
    assertThat(api.post("/api/officer/products/" + listing.productId() + "/hide",
        Map.of("reason", reason), officer).status()).as("hidden twice").isEqualTo(409);

    // gone for the public: search, the product page, the shop's list, the cart
    eventually("the listing gone from search", () -> !found(word));
    assertThat(api.get("/api/products/" + slug).status()).isEqualTo(404);
    assertThat(api.get("/api/shops/" + listing.artisan().shopSlug()).json().at("/products/total").asLong())
        .isZero();
    assertThat(api.post("/api/cart/lines", Map.of("sku", listing.sku(), "quantity", 1), shopper).status())
        .isBetween(400, 499);
    assertThat(api.post("/api/products/" + slug + "/report", Map.of("reason", "OTHER"), null).status())
        .isEqualTo(404);

    // the artisan still sees it, with the reason, and answers
    JsonNode own = api.get(listing.path(), listing.token()).json();
    assertThat(own.at("/hidden/reason").asText()).isEqualTo(reason);
    JsonNode mine = api.get("/api/my/listing-takedowns", listing.token()).json().at("/items/0");
    assertThat(mine.get("reason").asText()).isEqualTo(reason);
    assertThat(mine.get("inForce").asBoolean()).isTrue();
    String answer = "Xưởng gửi kèm giấy kiểm định hàm lượng bạc của Trung tâm Kỹ thuật 1.";
    TestShops.Artisan stranger = shops.artisanWithApprovedShop("minh-lang-theu");
    assertThat(api.post("/api/my/products/" + listing.productId() + "/appeal", Map.of("text", answer),
        stranger.token()).status()).as("another artisan's listing").isEqualTo(404);
    Api.Reply appealed = api.post("/api/my/products/" + listing.productId() + "/appeal",
        Map.of("text", answer), listing.token());
    assertThat(appealed.status()).as(appealed.toString()).isEqualTo(200);

    // the officer reads the answer beside the decided report
    JsonNode decided = queued(officer, reportId);
    assertThat(decided.get("status").asText()).isEqualTo("ACTIONED");
    assertThat(decided.at("/takedown/appealText").asText()).isEqualTo(answer);
    JsonNode inForce = api.get("/api/officer/listing-takedowns", officer).json().get("items");
    assertThat(inForce).anySatisfy(t -> {
      assertThat(t.get("productId").asText()).isEqualTo(listing.productId());
      assertThat(t.get("appealText").asText()).isEqualTo(answer);
    });

    // put back: on sale, in search and on its page again
    Api.Reply restored = api.post("/api/officer/products/" + listing.productId() + "/unhide",
        Map.of("note", "Đã xem giấy kiểm định"), officer);
    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(api.get("/api/products/" + slug).status()).isEqualTo(200);
    eventually("the listing back in search", () -> found(word));
    assertThat(api.get(listing.path(), listing.token()).json().hasNonNull("hidden")).isFalse();
    assertThat(api.post("/api/officer/products/" + listing.productId() + "/unhide", Map.of(), officer)
        .status()).as("not hidden any more").isEqualTo(409);
  }

  @Test
  void officersSeeEachReportsAgeAgainstTheLawsTwentyFourHoursAndTheMedianTimeToDecide() {
    TestShops.Listing listing = shops.listing("dong-xam-cham-bac", "LATE", 2, 300_000, "Hộp trầu bạc");
    String shopper = api.newAccount("SHOPPER", "reporter");
    String body = "/api/products/" + listing.productId() + "/report";
    Api.Reply first = api.post(body, Map.of("reason", "MISLEADING", "text", "Ảnh không đúng hàng"), shopper);
    assertThat(first.status()).isEqualTo(201);
    Api.Reply again = api.post(body, Map.of("reason", "MISLEADING"), shopper);
    assertThat(again.status()).as("the same reporter again, while open").isEqualTo(200);
    assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    long reportId = first.json().get("id").asLong();

    // the report came in 30 hours ago: past the law's deadline
    TestDatabase.update("UPDATE listing_report SET reported_at = UTC_TIMESTAMP(6) - INTERVAL 30 HOUR"
        + " WHERE id = ?", reportId);
    String officer = api.login(TestShops.OFFICER, Api.PASSWORD);
    JsonNode queue = api.get("/api/officer/listing-reports?status=OPEN&size=100", officer).json();
    JsonNode late = find(queue, reportId);
    assertThat(late.get("overdue").asBoolean()).isTrue();
    assertThat(late.get("ageMinutes").asLong()).isBetween(30 * 60L, 31 * 60L);
    assertThat(queue.at("/summary/decisionWithinHours").asInt()).isEqualTo(24);
    assertThat(queue.at("/summary/overdue").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(queue.at("/summary/open").asLong()).isGreaterThanOrEqualTo(queue.at("/summary/overdue").asLong());
    assertThat(api.get("/api/officer/listing-reports", shopper).status()).isEqualTo(403);

    long decidedBefore = queue.at("/summary/decided").asLong();
    long lateBefore = queue.at("/summary/decidedLate").asLong();
    Api.Reply dismissed = api.post("/api/officer/listing-reports/" + reportId + "/dismiss",
        Map.of("note", "Ảnh đúng là sản phẩm"), officer);
    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
    assertThat(dismissed.json().get("status").asText()).isEqualTo("DISMISSED");
    assertThat(api.post("/api/officer/listing-reports/" + reportId + "/dismiss", Map.of(), officer)
        .status()).as("decided once").isEqualTo(409);

    JsonNode after = api.get("/api/officer/listing-reports?status=DECIDED&size=100", officer).json();
    JsonNode decided = find(after, reportId);
    assertThat(decided.get("overdue").asBoolean()).as("decided after 30 hours: late").isTrue();
    assertThat(after.at("/summary/decided").asLong()).isEqualTo(decidedBefore + 1);
    assertThat(after.at("/summary/decidedLate").asLong()).isEqualTo(lateBefore + 1);
    assertThat(after.at("/summary/medianMinutesToDecision").isNumber()).isTrue();
  }

  /** The report as the officers' queue shows it, open or decided. */
  private static JsonNode queued(String officer, long reportId) {
    for (String status : List.of("OPEN", "DECIDED")) {
      Api.Reply queue = api.get("/api/officer/listing-reports?size=100&status=" + status, officer);
      assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
      JsonNode item = item(queue.json(), reportId);
      if (item != null) {
        return item;
      }
    }
    throw new AssertionError("report " + reportId + " not in the queue");
  }

  private static JsonNode find(JsonNode queue, long reportId) {
    JsonNode item = item(queue, reportId);
    assertThat(item).as("report " + reportId + " in " + queue).isNotNull();
    return item;
  }

  private static JsonNode item(JsonNode queue, long reportId) {
    for (JsonNode item : queue.get("items")) {
      if (item.get("id").asLong() == reportId) {
        return item;
      }
    }
    return null;
  }

  private static boolean found(String word) {
    Api.Reply reply = api.get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
    return reply.status() == 200 && reply.json().get("total").asLong() > 0;
  }
}
