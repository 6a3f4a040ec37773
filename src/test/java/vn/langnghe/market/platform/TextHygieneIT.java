package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestShops;

/** What is stored is clean text, and a body that says one thing twice is refused. */
class TextHygieneIT extends MarketIT {

  @Test
  void controlAndBidiCharactersNeverReachTheDatabase() {
    TestShops.Artisan artisan = new TestShops(api).artisanWithApprovedShop("dong-xam-cham-bac");
    String sku = TestShops.sku("TXT");
    Map<String, Object> ring = new java.util.HashMap<>(TestShops.silverRing(sku, "DRAFT"));
    ring.put("title", "Nhẫn\u0000 bạc\u001B[31m \u202Egpj.exe\u202C hoa\u2066 sen\u0085");
    ring.put("material", "Ba\u0323c 92.5"); // decomposed: stored as NFC

    Api.Reply created = api.post("/api/my/products", ring, artisan.token());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().at("/id").asLong();

    String stored = TestDatabase.string("select title from product where id = ?", id);
    assertThat(stored).isEqualTo("Nhẫn bạc[31m gpj.exe hoa sen");
    assertThat(TestDatabase.string("select material from product where id = ?", id)).isEqualTo("Bạc 92.5");
  }

  @Test
  void aBodyWithAKeyGivenTwiceIsRefusedNamingTheKey() {
    TestShops.Artisan artisan = new TestShops(api).artisanWithApprovedShop("dong-xam-cham-bac");
    long before = TestDatabase.count("select count(*) from product where shop_id = ?", artisan.shopId());
    String body = "{\"title\": \"Nhẫn bạc\", \"description\": \"<p>Nhẫn</p>\", \"status\": \"DRAFT\","
        + " \"variants\": [{\"sku\": \"" + TestShops.sku("DUP") + "\", \"priceVnd\": 1000, \"onHand\": 1}],"
        + " \"title\": \"Nhẫn vàng\"}";

    Api.Reply reply = api.sendJson("POST", "/api/my/products", body, artisan.token());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    for (JsonNode error : reply.json().at("/errors")) {
      fields.add(error.at("/field").asText());
    }
    assertThat(fields).containsExactly("title");
    assertThat(TestDatabase.count("select count(*) from product where shop_id = ?", artisan.shopId()))
        .isEqualTo(before);
  }
}
