package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestShops;
import vn.langnghe.market.testing.TestDatabase;
import vn.langnghe.market.testing.TestImages;

/**
 * Everything a careless or hostile client can send: each gets a 4xx problem+json naming the field,
 * never a 500, and changes nothing in the database.
 */
class BadInputIT extends MarketIT {

  private record Case(String name, int status, String field, Supplier<Api.Reply> request) {}

  private String artisan;
  private long productId;
  private long version;
  private String sku;

  @Test
  void badInputIsRefusedPrecisely() {
    TestShops.Artisan owner = new TestShops(api).artisanWithApprovedShop("dong-xam-cham-bac");
    artisan = owner.token();
    sku = TestShops.sku("BAD");
    Api.Reply created = api.post("/api/my/products", TestShops.silverRing(sku, "ACTIVE"), artisan);
    productId = created.json().at("/id").asLong();
    version = created.json().at("/version").asLong();

    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    SoftAssertions softly = new SoftAssertions();
    for (Case c : cases) {
      String before = snapshot();
      Api.Reply reply = c.request().get();
      softly.assertThat(reply.status()).as(c.name() + " → " + reply).isEqualTo(c.status());
      softly.assertThat(reply.contentType()).as(c.name() + " content type").startsWith("application/problem+json");
      if (reply.contentType().startsWith("application/problem+json")) {
        JsonNode problem = reply.json();
        softly.assertThat(problem.at("/status").asInt()).as(c.name() + " status field").isEqualTo(c.status());
        softly.assertThat(problem.at("/title").asText()).as(c.name() + " title").isNotBlank();
        if (c.field() != null) {
          List<String> fields = new ArrayList<>();
          problem.at("/errors").forEach(e -> fields.add(e.at("/field").asText()));
          softly.assertThat(fields).as(c.name() + " names the field").contains(c.field());
        }
      }
      softly.assertThat(snapshot()).as(c.name() + " changed nothing").isEqualTo(before);
    }
    softly.assertAll();
  }

  /** Row counts and the test product's version: what a refused request must leave alone. */
  private String snapshot() {
    return Arrays.toString(new long[] {
        TestDatabase.count("select count(*) from product"),
        TestDatabase.count("select count(*) from variant"),
        TestDatabase.count("select count(*) from image"),
        TestDatabase.count("select count(*) from shop"),
        TestDatabase.count("select count(*) from account"),
        TestDatabase.count("select version from product where id = ?", productId),
        TestDatabase.count("select sum(on_hand) from variant where product_id = ?", productId)});
  }

  private ObjectNode product(Consumer<ObjectNode> change) {
    ObjectNode body = (ObjectNode) Api.JSON.valueToTree(TestShops.silverRing(TestShops.sku("NEW"), "ACTIVE"));
    change.accept(body);
    return body;
  }

  private ObjectNode firstVariant(ObjectNode body) {
    return (ObjectNode) body.withArray("variants").get(0);
  }

  private Case create(String name, int status, String field, Consumer<ObjectNode> change) {
    return new Case(name, status, field, () -> api.post("/api/my/products", product(change), artisan));
  }

  private Case createRaw(String name, String field, String body) {
    return new Case(name, 400, field, () -> api.post("/api/my/products", body, artisan));
  }

  private Case upload(String name, int status, String fileName, String type, byte[] bytes) {
    return new Case(name, status, "file",
        () -> api.upload("/api/my/products/" + productId + "/images", fileName, type, bytes, artisan));
  }

  private Case register(String name, String field, Map<String, Object> body) {
    return new Case(name, 400, field, () -> api.post("/api/auth/register", body, null));
  }

  private List<Case> cases() {
    String tenMegabytes = "Đ".repeat(5 * 1024 * 1024);
    List<Case> cases = new ArrayList<>(List.of(
        createRaw("malformed JSON", "body", "{\"title\": "),
        createRaw("not JSON at all", "body", "nhẫn bạc"),
        createRaw("trailing garbage", "body", "{\"title\":\"x\"} }"),
        createRaw("a list instead of an object", "body", "[1, 2]"),
        create("title as an object", 400, "title", b -> b.putObject("title").put("vi", "x")),
        create("title missing", 400, "title", b -> b.remove("title")),
        create("title blank", 400, "title", b -> b.put("title", "   ")),
        create("title of 201 characters", 400, "title", b -> b.put("title", "a".repeat(201))),
        create("title of 10 MB", 400, "title", b -> b.put("title", tenMegabytes)),
        create("price as text", 400, "variants[0].priceVnd", b -> firstVariant(b).put("priceVnd", "một triệu")),
        create("price with decimals", 400, "variants[0].priceVnd", b -> firstVariant(b).put("priceVnd", 1250000.5)),
        create("negative price", 400, "variants[0].priceVnd", b -> firstVariant(b).put("priceVnd", -1000)),
        create("zero price", 400, "variants[0].priceVnd", b -> firstVariant(b).put("priceVnd", 0)),
        create("absurd price", 400, "variants[0].priceVnd", b -> firstVariant(b).put("priceVnd", 10_000_000_001L)),
        createRaw("price beyond a long", "variants[0].priceVnd",
            "{\"title\":\"x\",\"variants\":[{\"sku\":\"AB-1\",\"priceVnd\":99999999999999999999,\"onHand\":1}]}"),
        create("price missing", 400, "variants[0].priceVnd", b -> firstVariant(b).remove("priceVnd")),
        create("negative stock", 400, "variants[0].onHand", b -> firstVariant(b).put("onHand", -1)),
        create("stock of two million", 400, "variants[0].onHand", b -> firstVariant(b).put("onHand", 2_000_000)),
        create("no variants", 400, "variants", b -> b.remove("variants")),
        create("empty variants", 400, "variants", b -> b.putArray("variants")),
        create("a null variant", 400, "variants[0]", b -> b.putArray("variants").addNull()),
        create("SKU with spaces and accents", 400, "variants[0].sku", b -> firstVariant(b).put("sku", "nhẫn bạc 16")),
        create("SKU twice in one product", 400, "variants[1].sku", b -> {
          ArrayNode variants = b.withArray("variants");
          ((ObjectNode) variants.get(1)).put("sku", variants.get(0).get("sku").asText());
        }),
        create("unknown status", 400, "status", b -> b.put("status", "SOLD")),
        create("status the artisan may not set", 400, "status", b -> b.put("status", "ARCHIVED")),
        create("status as a number", 400, "status", b -> b.put("status", 1)),
        create("unknown category", 400, "categoryId", b -> b.put("categoryId", 99_999)),
        create("unknown village", 400, "villageSlug", b -> b.put("villageSlug", "lang-khong-co")),
        create("village slug with a path", 400, "villageSlug", b -> b.put("villageSlug", "../etc/passwd")),
        create("eleven options", 400, "variants[0].options", b -> {
          ObjectNode options = firstVariant(b).putObject("options");
          for (int i = 0; i < 11; i++) {
            options.put("Tùy chọn " + i, "giá trị");
          }
        }),
        create("SKU of another product", 409, "variants[0].sku", b -> firstVariant(b).put("sku", sku + "-16")),
        new Case("form instead of JSON", 415, null, () -> api.send(api.request("/api/my/products", artisan)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=x")).build())),
        new Case("edit without version", 400, "version",
            () -> api.put("/api/my/products/" + productId, product(b -> b.remove("version")), artisan)),
        new Case("edit with a stale version", 409, "version",
            () -> api.put("/api/my/products/" + productId, product(b -> b.put("version", version - 1)), artisan)),
        new Case("negative stock update", 400, "onHand",
            () -> api.put("/api/my/products/" + productId + "/variants/" + sku + "-16/stock", Map.of("onHand", -5), artisan)),
        new Case("stock update of an unknown SKU", 404, null,
            () -> api.put("/api/my/products/" + productId + "/variants/NOPE-1/stock", Map.of("onHand", 5), artisan)),
        new Case("product id that is not a number", 400, "id", () -> api.get("/api/my/products/abc", artisan)),
        upload("a script named .png", 400, "evil.png", "image/png",
            "#!/bin/sh\nrm -rf /\n<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
        upload("an empty file", 400, "empty.jpg", "image/jpeg", new byte[0]),
        upload("a GIF", 400, "anim.gif", "image/gif", TestImages.gif(50, 50)),
        upload("a truncated PNG", 400, "broken.png", "image/png", Arrays.copyOf(TestImages.png(400, 400), 200)),
        upload("a picture over 8 MB", 413, "huge.jpg", "image/jpeg", hugeJpeg()),
        upload("a tiny 4×4 picture", 400, "tiny.png", "image/png", TestImages.png(4, 4)),
        register("invalid e-mail", "email", Map.of("email", "not-an-email", "password", Api.PASSWORD,
            "displayName", "X", "role", "SHOPPER")),
        register("short password", "password", Map.of("email", "short@test.langnghe.vn", "password", "123",
            "displayName", "X", "role", "SHOPPER")),
        register("unknown role", "role", Map.of("email", "role@test.langnghe.vn", "password", Api.PASSWORD,
            "displayName", "X", "role", "KING")),
        new Case("login without password", 400, "password",
            () -> api.post("/api/auth/login", Map.of("email", "a@b.vn"), null)),
        new Case("negative page", 400, "page", () -> api.get("/api/products?page=-1")),
        new Case("page size of 1000", 400, "size", () -> api.get("/api/products?size=1000")),
        new Case("page that is not a number", 400, "page", () -> api.get("/api/products?page=abc")),
        new Case("a second shop", 409, null,
            () -> api.post("/api/my/shop", Map.of("name", "Cửa hàng thứ hai"), artisan)),
        new Case("empty body", 400, "body", () -> api.post("/api/my/products", "", artisan))));
    return cases;
  }

  /** A JPEG padded past 8 MB: a real picture, just too big. */
  private static byte[] hugeJpeg() {
    byte[] jpeg = TestImages.jpeg(200, 200);
    byte[] huge = Arrays.copyOf(jpeg, 8 * 1024 * 1024 + 100);
    return huge;
  }
}
