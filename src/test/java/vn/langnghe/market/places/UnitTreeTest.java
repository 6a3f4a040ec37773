package vn.langnghe.market.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.places.AdministrativeUnit.Level;
import vn.langnghe.market.places.PlaceViews.LookupItem;

/** The nationwide file as the migration reads it, searched in memory as the lookup does. */
class UnitTreeTest {

  static NationwidePlaces.Country country;
  static UnitTree tree;

  @BeforeAll
  static void load() throws Exception {
    country = NationwidePlaces.Country.of(ReferenceDataMigration.read(NationwidePlaces.RESOURCE));
    List<UnitTree.Row> rows = new ArrayList<>();
    Map<String, Long> ids = new HashMap<>();
    LocalDate before = ReferencePlaces.LAST_DAY_BEFORE_REFORM;
    LocalDate after = ReferencePlaces.REFORM_DAY;
    add(rows, ids, "NP", country.newProvinces, null, Level.PROVINCE, after, null);
    add(rows, ids, "FP", country.formerProvinces, "FP", Level.PROVINCE, null, before);
    add(rows, ids, "FD", country.formerDistricts, "FP", Level.DISTRICT, null, before);
    add(rows, ids, "FC", country.formerCommunes, "FD", Level.COMMUNE, null, before);
    add(rows, ids, "NC", country.newCommunes, "NP", Level.COMMUNE, after, null);
    List<UnitTree.SuccessionRow> successions = new ArrayList<>();
    country.communeSuccessions.forEach((former, successors) -> successors.forEach((code, whole) ->
        successions.add(new UnitTree.SuccessionRow(
            ids.get(former.startsWith("D") ? "FD" + former.substring(1) : "FC" + former), ids.get("NC" + code), whole))));
    tree = new UnitTree(rows, successions, LocalDate.of(2026, 12, 7));
  }

  private static void add(List<UnitTree.Row> rows, Map<String, Long> ids, String prefix,
      Map<String, NationwidePlaces.Entry> units, String parentPrefix, Level level, LocalDate from, LocalDate to) {
    for (NationwidePlaces.Entry unit : units.values()) {
      long id = ids.size() + 1;
      ids.put(prefix + unit.code(), id);
      rows.add(new UnitTree.Row(id, unit.code(), unit.name(), unit.type(), level,
          unit.parentCode() == null ? null : ids.get(parentPrefix + unit.parentCode()), from, to));
    }
  }

  @Test
  void theFileHoldsTheWholeCountry() {
    assertThat(country.newProvinces.size()).isEqualTo(34);
    assertThat(country.newCommunes.size()).isEqualTo(3_321);
    assertThat(country.formerProvinces.size()).isEqualTo(63);
    // the official table gave three codes twice: 10,033 codes, two more once corrected (Đặng Xá's
    // own code 00556 is on another row already)
    assertThat(country.formerCommunes.size()).isEqualTo(10_035);
    assertThat(country.formerCommunes.get("00556").name()).isEqualTo("Xã Đặng Xá");
    assertThat(country.formerCommunes.get("00553").name()).isEqualTo("Xã Cổ Bi");
    assertThat(country.formerDistricts.get("123").name()).isEqualTo("Thị xã Mộc Châu");
    assertThat(country.formerCommunes.get("22330").name()).isEqualTo("Phường Vĩnh Hải");
    assertThat(country.formerCommunes.get("22108").name()).isEqualTo("Xã Xuân Quang 3");
    assertThat(country.formerCommunes.get("31843").name()).isEqualTo("Thị trấn Ngan Dừa");
    // the island district is the special zone's predecessor
    assertThat(country.communeSuccessions.get("D755")).containsEntry("26732", true);
  }

  @Test
  void everyProvinceHasItsCommunes() {
    List<UnitTree.Node> provinces = tree.children(null, tree.day(), null);
    assertThat(provinces).hasSize(34);
    int communes = 0;
    for (UnitTree.Node province : provinces) {
      communes += tree.children(province.code(), tree.day(), null).size();
    }
    assertThat(communes).isEqualTo(3_321);
  }

  @Test
  void aCommuneOfAProvinceIsFoundWithoutAccents() {
    assertThat(tree.children("01", tree.day(), "ba dinh")).extracting(UnitTree.Node::name)
        .containsExactly("Phường Ba Đình");
  }

  @Test
  void aFormerCommuneAndDistrictLeadToTheNewCommune() {
    for (String q : List.of("Hồng Thái, Kiến Xương", "hong thai kien xuong", "Xã Hồng Thái, Huyện Kiến Xương, Tỉnh Thái Bình",
        "hong thai, kien xuong, thai binh")) {
      List<LookupItem> items = tree.lookup(q);
      assertThat(items).as(q).extracting(LookupItem::name).containsExactly("Xã Trà Giang");
      assertThat(items.get(0).matchedFormer().name()).isEqualTo("Xã Hồng Thái");
      assertThat(items.get(0).matchedFormer().districtName()).isEqualTo("Huyện Kiến Xương");
      assertThat(items.get(0).matchedFormer().provinceName()).isEqualTo("Tỉnh Thái Bình");
    }
  }

  @Test
  void aPartlyMergedCommuneOffersEverySuccessor() {
    assertThat(tree.lookup("Đặng Xá, Gia Lâm")).extracting(LookupItem::name)
        .containsExactlyInAnyOrder("Xã Phù Đổng", "Xã Thuận An");
  }

  @Test
  void aCurrentNameNeedsNoAccents() {
    List<LookupItem> items = tree.lookup("ba dinh");
    assertThat(items.get(0).name()).isEqualTo("Phường Ba Đình");
    assertThat(items.get(0).provinceCode()).isEqualTo("01");
    assertThat(items.get(0).matchedFormer()).isNull();
    assertThat(tree.lookup("Ba Đình, Hà Nội")).extracting(LookupItem::code).contains("00004");
    assertThat(tree.lookup("Côn Đảo")).extracting(LookupItem::code).containsOnly("26732");
  }
}
