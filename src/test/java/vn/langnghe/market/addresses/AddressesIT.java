package vn.langnghe.market.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestOrders;

class AddressesIT extends MarketIT {

  private static Map<String, Object> address(String name, String phone, String communeCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("phone", phone);
    body.put("line1", "Số 12, thôn Đồng Xâm");
    body.put("communeCode", communeCode);
    return body;
  }

  private static Api.Reply add(String token, Map<String, Object> body) {
    return api.post("/api/my/addresses", body, token);
  }

  private static long created(String token, Map<String, Object> body) {
    Api.Reply reply = add(token, body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  private static List<JsonNode> book(String token) {
    Api.Reply reply = api.get("/api/my/addresses", token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return StreamSupport.stream(reply.json().spliterator(), false).toList();
  }

  private static List<Long> defaults(String token) {
    return book(token).stream().filter(a -> a.get("isDefault").asBoolean()).map(a -> a.get("id").asLong()).toList();
  }

  @Test
  void aShopperKeepsSeveralAddressesWithThePhoneInE164() {
    String shopper = api.newAccount("SHOPPER", "book");
    Api.Reply first = add(shopper, address("Nguyễn Thị Hoa", "0912.345.678", TestOrders.TRA_GIANG));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().get("phone").asText()).isEqualTo("+84912345678");
    assertThat(first.json().get("isDefault").asBoolean()).as("the first is the default").isTrue();
    assertThat(first.json().get("communeName").asText()).isEqualTo("Xã Trà Giang");
    long home = first.json().get("id").asLong();
    long office = created(shopper, address("Trần Văn Nam", "(024) 3825 1234", TestOrders.LE_LOI));

    assertThat(book(shopper)).extracting(a -> a.get("id").asLong()).containsExactly(home, office);
    assertThat(book(shopper).get(1).get("phone").asText()).isEqualTo("+842438251234");

    Map<String, Object> edited = address("Trần Văn Nam", "+84 389 123 456", TestOrders.TRA_GIANG);
    Api.Reply put = api.put("/api/my/addresses/" + office, edited, shopper);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.json().get("phone").asText()).isEqualTo("+84389123456");
    assertThat(put.json().get("communeCode").asText()).isEqualTo(TestOrders.TRA_GIANG);
    assertThat(put.json().get("isDefault").asBoolean()).isFalse();

    Api.Reply deleted = api.delete("/api/my/addresses/" + office, shopper);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(book(shopper)).extracting(a -> a.get("id").asLong()).containsExactly(home);
  }

  @Test
  void thereIsAlwaysExactlyOneDefault() {
    String shopper = api.newAccount("SHOPPER", "default");
    long a = created(shopper, address("A", "0912345678", TestOrders.TRA_GIANG));
    long b = created(shopper, address("B", "0912345679", TestOrders.TRA_GIANG));
    assertThat(defaults(shopper)).containsExactly(a);

    Map<String, Object> third = address("C", "0912345670", TestOrders.LE_LOI);
    third.put("isDefault", true);
    long c = created(shopper, third);
    assertThat(defaults(shopper)).as("a new default unsets the old one").containsExactly(c);
    assertThat(book(shopper).get(0).get("id").asLong()).as("the default comes first").isEqualTo(c);

    Map<String, Object> makeA = address("A", "0912345678", TestOrders.TRA_GIANG);
    makeA.put("isDefault", true);
    assertThat(api.put("/api/my/addresses/" + a, makeA, shopper).status()).isEqualTo(200);
    assertThat(defaults(shopper)).containsExactly(a);

    assertThat(api.delete("/api/my/addresses/" + a, shopper).status()).isEqualTo(204);
    assertThat(defaults(shopper)).as("deleting the default promotes the oldest other").containsExactly(b);

    Map<String, Object> unsetB = address("B", "0912345679", TestOrders.TRA_GIANG);
    unsetB.put("isDefault", false);
    assertThat(api.put("/api/my/addresses/" + b, unsetB, shopper).status()).isEqualTo(200);
    assertThat(defaults(shopper)).containsExactly(c);

    assertThat(api.delete("/api/my/addresses/" + c, shopper).status()).isEqualTo(204);
    assertThat(api.delete("/api/my/addresses/" + b, shopper).status()).isEqualTo(204);
    assertThat(book(shopper)).isEmpty();
  }

  @Test
  void anotherShoppersAddressIsNotFound() {
    String owner = api.newAccount("SHOPPER", "owner");
    String stranger = api.newAccount("SHOPPER", "stranger");
    long id = created(owner, address("Nguyễn Thị Hoa", "0912345678", TestOrders.TRA_GIANG));

    assertThat(api.put("/api/my/addresses/" + id, address("X", "0912345678", TestOrders.LE_LOI), stranger)
        .status()).isEqualTo(404);
    assertThat(api.delete("/api/my/addresses/" + id, stranger).status()).isEqualTo(404);
    assertThat(book(stranger)).isEmpty();
    assertThat(book(owner)).extracting(a -> a.get("name").asText()).containsExactly("Nguyễn Thị Hoa");
    assertThat(api.delete("/api/my/addresses/not-a-number", owner).status()).isEqualTo(400);

    String artisan = api.newAccount("ARTISAN", "not-a-shopper");
    assertThat(api.get("/api/my/addresses", artisan).status()).isEqualTo(403);
    assertThat(api.get("/api/my/addresses", null).status()).isEqualTo(401);
  }

  @Test
  void aBadPhoneOrAFormerOrUnknownCommuneIsRefusedNamingTheField() {
    String shopper = api.newAccount("SHOPPER", "bad");
    for (String phone : List.of("12345", "+1 650 253 0000", "0912 345 67")) {
      Api.Reply reply = add(shopper, address("A", phone, TestOrders.TRA_GIANG));
      assertThat(reply.status()).as(phone).isEqualTo(400);
      assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("phone");
    }
    // Xã Phạm Hồng Thái was merged into Xã Triệu Việt Vương in 2025
    for (String commune : List.of("12214", "99999", "abc")) {
      Api.Reply reply = add(shopper, address("A", "0912345678", commune));
      assertThat(reply.status()).as(commune).isEqualTo(400);
      assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("communeCode");
    }
    assertThat(book(shopper)).isEmpty();
  }

  @Test
  void aRepeatedPostWithItsIdempotencyKeySavesOnce() {
    String shopper = api.newAccount("SHOPPER", "repeat");
    String body = "{\"name\":\"Hoa\",\"phone\":\"0912345678\",\"line1\":\"Số 5\",\"communeCode\":\""
        + TestOrders.TRA_GIANG + "\"}";
    java.net.http.HttpRequest request = api.request("/api/my/addresses", shopper)
        .header("Content-Type", "application/json").header("Idempotency-Key", "addr-" + shopper.hashCode())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
    Api.Reply first = api.send(request);
    Api.Reply again = api.send(request);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    assertThat(book(shopper)).hasSize(1);
  }

  @Test
  void theAddressBookHasACap() {
    String shopper = api.newAccount("SHOPPER", "cap");
    for (int i = 0; i < AddressBook.MAX_ADDRESSES; i++) {
      created(shopper, address("Người nhận " + i, "091234567" + i, TestOrders.TRA_GIANG));
    }
    Api.Reply full = add(shopper, address("Thêm", "0912345678", TestOrders.TRA_GIANG));
    assertThat(full.status()).as(full.toString()).isEqualTo(409);
    assertThat(book(shopper)).hasSize(AddressBook.MAX_ADDRESSES);
  }
}
