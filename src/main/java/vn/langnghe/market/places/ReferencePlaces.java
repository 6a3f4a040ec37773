package vn.langnghe.market.places;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.Context;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Loads the administrative units before and after the 1 July 2025 reform, their successions and
 * the craft villages, from the official conversion table shipped in resources/places.
 */
@Dependent
public class ReferencePlaces extends ReferenceDataMigration {

  public ReferencePlaces() {
    super("2", "administrative units of Hung Yen 2025 and craft villages");
  }

  static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
  static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM_DAY.minusDays(1);

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    List<CSVRecord> rows = read("/places/admin-units-hung-yen-2025.csv");

    Map<String, Long> formerProvinces = new LinkedHashMap<>();
    Map<String, Long> formerDistricts = new LinkedHashMap<>();
    Map<String, Long> formerCommunes = new LinkedHashMap<>();
    Map<String, Long> newCommunes = new LinkedHashMap<>();

    long newProvince =
        insert(db, rows.get(0).get("province_code"), rows.get(0).get("province_name"), "Tỉnh",
            "PROVINCE", null, REFORM_DAY, null);
    for (CSVRecord row : rows) {
      long province =
          formerProvinces.computeIfAbsent(
              row.get("old_province_code"),
              code -> insert(db, code, row.get("old_province_name"), "Tỉnh", "PROVINCE", null, null,
                  LAST_DAY_BEFORE_REFORM));
      long district =
          formerDistricts.computeIfAbsent(
              row.get("old_district_code"),
              code -> insert(db, code, districtName(row.get("old_district_name")),
                  districtType(row.get("old_district_name")), "DISTRICT", province, null,
                  LAST_DAY_BEFORE_REFORM));
      long former =
          formerCommunes.computeIfAbsent(
              row.get("old_unit_code"),
              code -> insert(db, code, row.get("old_unit_name"), row.get("old_unit_type"),
                  "COMMUNE", district, null, LAST_DAY_BEFORE_REFORM));
      long successor =
          newCommunes.computeIfAbsent(
              row.get("new_unit_code"),
              code -> insert(db, code, row.get("new_unit_name"), row.get("new_unit_type"),
                  "COMMUNE", newProvince, REFORM_DAY, null));
      succession(db, former, successor, "whole".equals(row.get("merge_type_en")));
    }
    for (long province : formerProvinces.values()) {
      succession(db, province, newProvince, true);
    }

    for (CSVRecord village : read("/places/craft-villages.csv")) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO craft_village (slug, name, craft, craft_en, commune_id, former_commune_id,"
                  + " story, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, village.get("slug"));
        insert.setString(2, VietnameseText.clean(village.get("name_vi")));
        insert.setString(3, VietnameseText.clean(village.get("craft_vi")));
        insert.setString(4, VietnameseText.clean(village.get("craft_en")));
        insert.setLong(5, required(newCommunes, village.get("new_commune_code")));
        insert.setLong(6, required(formerCommunes, village.get("former_commune_code")));
        insert.setString(7, VietnameseText.clean(village.get("known_facts")));
        insert.setString(8, village.get("source"));
        insert.executeUpdate();
      }
    }
  }

  private static long required(Map<String, Long> ids, String code) {
    Long id = ids.get(code);
    if (id == null) {
      throw new IllegalStateException("Unknown commune code " + code + " in craft-villages.csv");
    }
    return id;
  }

  /** "Thành phố Thái Bình" → type "Thành phố"; "Huyện Kiến Xương" → "Huyện". */
  static String districtType(String fullName) {
    String name = VietnameseText.clean(fullName);
    for (String type : List.of("Thành phố", "Thị xã", "Thị Xã", "Huyện", "Quận")) {
      if (name.startsWith(type + " ")) {
        return type.equals("Thị Xã") ? "Thị xã" : type;
      }
    }
    return "Huyện";
  }

  static String districtName(String fullName) {
    return VietnameseText.clean(fullName).replace("Thị Xã ", "Thị xã ");
  }

  private static long insert(Connection db, String code, String name, String type, String level,
      Long parentId, LocalDate validFrom, LocalDate validTo) {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO administrative_unit (code, name, unit_type, unit_level, parent_id,"
                + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, code);
      insert.setString(2, VietnameseText.clean(name));
      insert.setString(3, type);
      insert.setString(4, level);
      if (parentId == null) {
        insert.setNull(5, Types.BIGINT);
      } else {
        insert.setLong(5, parentId);
      }
      insert.setDate(6, validFrom == null ? null : Date.valueOf(validFrom));
      insert.setDate(7, validTo == null ? null : Date.valueOf(validTo));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not load administrative unit " + code, e);
    }
  }

  private static void succession(Connection db, long former, long successor, boolean whole)
      throws java.sql.SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO administrative_succession (former_unit_id, successor_unit_id, whole)"
                + " VALUES (?, ?, ?)")) {
      insert.setLong(1, former);
      insert.setLong(2, successor);
      insert.setBoolean(3, whole);
      insert.executeUpdate();
    }
  }
}
