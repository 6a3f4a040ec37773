package vn.langnghe.market.places;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;
import vn.langnghe.market.testing.TestDatabase;

class PlacesIT extends MarketIT {

  @Test
  void dongXamVillageKnowsItsCurrentAndFormerCommune() {
    Api.Reply reply = api.get("/api/craft-villages/dong-xam-cham-bac");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode village = reply.json();
    assertThat(village.at("/name").asText()).isEqualTo("Làng chạm bạc Đồng Xâm");
    assertThat(village.at("/commune/name").asText()).isEqualTo("Xã Trà Giang");
    assertThat(village.at("/province/name").asText()).isEqualTo("Tỉnh Hưng Yên");
    assertThat(village.at("/formerCommune/name").asText()).isEqualTo("Xã Hồng Thái");
    assertThat(village.at("/formerCommune/district/name").asText()).isEqualTo("Huyện Kiến Xương");
    assertThat(village.at("/formerCommune/province/name").asText()).isEqualTo("Tỉnh Thái Bình");
  }

  @Test
  void allNineCraftVillagesAreListed() {
    assertThat(api.get("/api/craft-villages").json().size()).isEqualTo(9);
  }

  @Test
  void hungYenHas104CommunesSinceTheReform() {
    JsonNode communes = api.get("/api/administrative-units?parent=33").json();

    assertThat(communes.size()).isEqualTo(104);
    JsonNode traGiang = find(communes, "13093");
    assertThat(traGiang.at("/name").asText()).isEqualTo("Xã Trà Giang");
    assertThat(traGiang.at("/validFrom").asText()).isEqualTo("2025-07-01");
    assertThat(names(traGiang.at("/formerUnits"))).contains("Xã Hồng Thái");
  }

  @Test
  void beforeTheReformKienXuongWasADistrictOfThaiBinh() {
    JsonNode provinces = api.get("/api/administrative-units?at=2025-06-30").json();
    assertThat(provinces.size()).isEqualTo(63);
    assertThat(names(provinces)).contains("Tỉnh Hưng Yên", "Tỉnh Thái Bình", "Thành phố Hà Nội");

    JsonNode communes = api.get("/api/administrative-units?parent=343&at=2025-06-30").json();
    assertThat(names(communes)).contains("Xã Hồng Thái", "Xã Thống Nhất");
    assertThat(find(communes, "13093").at("/successors/0/name").asText()).isEqualTo("Xã Trà Giang");
  }

  @Test
  void partlyMergedCommunesAreSplitBetweenTwoSuccessors() {
    JsonNode communes = api.get("/api/administrative-units?parent=33").json();
    List<String> partlyMerged = new ArrayList<>();
    for (JsonNode commune : communes) {
      for (JsonNode former : commune.at("/formerUnits")) {
        if (!former.at("/whole").asBoolean()) {
          partlyMerged.add(former.at("/name").asText());
        }
      }
    }
    // Ngọc Thanh, Lạc Đạo and Đình Dù each went to two new communes
    assertThat(partlyMerged).hasSize(6);
    assertThat(partlyMerged.stream().distinct())
        .containsExactlyInAnyOrder("Xã Ngọc Thanh", "Xã Lạc Đạo", "Xã Đình Dù");
  }

  @Test
  void unknownParentAndBadDateAreClientErrors() {
    assertThat(api.get("/api/administrative-units?parent=99999").status()).isEqualTo(404);
    Api.Reply badDate = api.get("/api/administrative-units?at=yesterday");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.contentType()).startsWith("application/problem+json");
    assertThat(badDate.json().at("/errors/0/field").asText()).isEqualTo("at");
  }

  @Test
  void all34ProvincesAndTheir3321CommunesAreServed() {
    JsonNode provinces = api.get("/api/administrative-units").json();
    assertThat(provinces.size()).isEqualTo(34);
    int communes = 0;
    for (JsonNode province : provinces) {
      JsonNode children = api.get("/api/administrative-units?parent=" + province.at("/code").asText()).json();
      assertThat(children.size()).as(province.at("/name").asText()).isPositive();
      communes += children.size();
    }
    assertThat(communes).isEqualTo(3_321);
    assertThat(find(provinces, "01").at("/name").asText()).isEqualTo("Thành phố Hà Nội");
  }

  @Test
  void phuongBaDinhOfHaNoiIsFoundWithoutAccents() {
    JsonNode baDinh = find(api.get("/api/administrative-units?parent=01").json(), "00004");
    assertThat(baDinh.at("/name").asText()).isEqualTo("Phường Ba Đình");
    assertThat(baDinh.at("/parentCode").asText()).isEqualTo("01");
    assertThat(names(baDinh.at("/formerUnits"))).contains("Phường Trúc Bạch", "Phường Quán Thánh");

    JsonNode filtered = api.get("/api/administrative-units?parent=01&q=" + encode("ba dinh")).json();
    assertThat(names(filtered)).containsExactly("Phường Ba Đình");

    // the picker's short form: names without history, a fraction of the bytes
    Api.Reply full = api.get("/api/administrative-units?parent=01");
    Api.Reply brief = api.get("/api/administrative-units?parent=01&brief=true");
    assertThat(find(brief.json(), "00004").at("/name").asText()).isEqualTo("Phường Ba Đình");
    assertThat(find(brief.json(), "00004").has("formerUnits")).isFalse();
    assertThat(brief.json().size()).isEqualTo(full.json().size());
    assertThat(brief.body().length()).isLessThan(full.body().length() / 5);
    assertThat(api.get("/api/administrative-units?parent=01&brief=maybe").json().at("/errors/0/field").asText())
        .isEqualTo("brief");

    JsonNode looked = lookup("ba dinh");
    assertThat(looked.at("/items/0/code").asText()).isEqualTo("00004");
    assertThat(looked.at("/items/0/provinceCode").asText()).isEqualTo("01");
    assertThat(looked.at("/items/0/matchedFormer").isMissingNode()
        || looked.at("/items/0/matchedFormer").isNull()).isTrue();
  }

  @Test
  void theOldAddressHongThaiKienXuongLeadsToTraGiang() {
    for (String q : List.of("Hồng Thái, Kiến Xương", "hong thai kien xuong", "Xã Hồng Thái, Huyện Kiến Xương, Thái Bình")) {
      JsonNode items = lookup(q).at("/items");
      assertThat(items.size()).as(q).isEqualTo(1);
      JsonNode traGiang = items.get(0);
      assertThat(traGiang.at("/code").asText()).isEqualTo("13093");
      assertThat(traGiang.at("/name").asText()).isEqualTo("Xã Trà Giang");
      assertThat(traGiang.at("/provinceCode").asText()).isEqualTo("33");
      assertThat(traGiang.at("/provinceName").asText()).isEqualTo("Tỉnh Hưng Yên");
      assertThat(traGiang.at("/matchedFormer/name").asText()).isEqualTo("Xã Hồng Thái");
      assertThat(traGiang.at("/matchedFormer/code").asText()).isNotBlank();
      assertThat(traGiang.at("/matchedFormer/districtName").asText()).isEqualTo("Huyện Kiến Xương");
      assertThat(traGiang.at("/matchedFormer/provinceName").asText()).isEqualTo("Tỉnh Thái Bình");
    }
  }

  @Test
  void aPartlyMergedFormerCommuneOffersEveryCommuneItWentInto() {
    // Xã Cổ Bi (Gia Lâm, Hà Nội) was split between three new units
    JsonNode items = lookup("Cổ Bi, Gia Lâm").at("/items");
    List<String> codes = new ArrayList<>();
    for (JsonNode item : items) {
      codes.add(item.at("/code").asText());
      assertThat(item.at("/matchedFormer/code").asText()).isEqualTo("00553");
      assertThat(item.at("/matchedFormer/whole").asBoolean()).isFalse();
    }
    assertThat(codes).containsExactlyInAnyOrder("00136", "00541", "00565");
  }

  @Test
  void hungYenKeptItsRowsAndEveryFormerProvinceHasASuccessor() {
    // one row per code, level and side of the reform: version 15 added nothing twice
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM (SELECT code FROM administrative_unit"
        + " GROUP BY code, unit_level, valid_to IS NULL HAVING COUNT(*) > 1) twice")).isZero();
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM administrative_unit WHERE unit_level = 'PROVINCE'"
        + " AND valid_to IS NOT NULL")).isEqualTo(63);
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM administrative_unit f WHERE f.valid_to IS NOT NULL"
        + " AND f.unit_level = 'PROVINCE' AND NOT EXISTS (SELECT 1 FROM administrative_succession s"
        + " WHERE s.former_unit_id = f.id)")).isZero();
    // the craft villages still point at the communes version 2 loaded
    assertThat(TestDatabase.count("SELECT COUNT(*) FROM craft_village v JOIN administrative_unit u"
        + " ON u.id = v.commune_id WHERE u.valid_to IS NULL AND u.parent_id = (SELECT id FROM administrative_unit"
        + " WHERE code = '33' AND unit_level = 'PROVINCE' AND valid_to IS NULL)")).isEqualTo(9);
    // the island district became the special zone
    JsonNode conDao = lookup("Côn Đảo").at("/items");
    assertThat(conDao.findValuesAsText("code")).contains("26732");
  }

  @Test
  void aMissingOrOverlongQueryIsAClientErrorNamingQ() {
    for (String path : List.of("/api/administrative-units/lookup", "/api/administrative-units/lookup?q=%20",
        "/api/administrative-units/lookup?q=" + "a".repeat(101),
        "/api/administrative-units?parent=01&q=" + "a".repeat(101))) {
      Api.Reply reply = api.get(path);
      assertThat(reply.status()).as(path).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("q");
    }
  }

  private static JsonNode lookup(String q) {
    Api.Reply reply = api.get("/api/administrative-units/lookup?q=" + encode(q));
    assertThat(reply.status()).as(q).isEqualTo(200);
    return reply.json();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static JsonNode find(JsonNode units, String code) {
    for (JsonNode unit : units) {
      if (unit.at("/code").asText().equals(code)) {
        return unit;
      }
    }
    throw new AssertionError("no unit " + code + " in " + units);
  }

  private static List<String> names(JsonNode units) {
    List<String> names = new ArrayList<>();
    units.forEach(u -> names.add(u.at("/name").asText()));
    return names;
  }
}
