package vn.langnghe.market.places;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;

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
    assertThat(names(provinces)).containsExactlyInAnyOrder("Tỉnh Hưng Yên", "Tỉnh Thái Bình");

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
