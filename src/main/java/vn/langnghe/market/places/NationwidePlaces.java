package vn.langnghe.market.places;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.Context;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Adds the rest of Vietnam to the administrative units that version 2 loaded for Hưng Yên: all 34
 * provinces since 1 July 2025 with their 3,321 communes, the 63 former provinces, their districts
 * and communes, and who went into whom. Rows already there (matched by code, level and whether
 * the unit ended or began with the reform) are kept as they are, ids and all; only what is missing
 * is added, in batches, one level at a time.
 */
@Dependent
public class NationwidePlaces extends ReferenceDataMigration {

  public NationwidePlaces() {
    super("15", "administrative units of all of Vietnam 2025");
  }

  static final String RESOURCE = "/places/admin-units-vietnam-2025.csv";

  /**
   * Three rows of the official table give a former commune the code of its neighbour; the GSO
   * list of 2025-01-04 gives each its own (the neighbour keeps the code under its own name).
   */
  static final Map<String, String> CODE_CORRECTIONS = Map.of(
      "00553|Xã Đặng Xá", "00556",
      "01615|Xã Mỹ Hưng", "01651",
      "02485|Xã Phú Thịnh", "02482");

  /**
   * Mộc Châu became a thị xã in January 2025; the GSO list of that month, behind most of its rows,
   * still says huyện. A former unit carries its name on the day before the reform.
   */
  static final Map<String, String> DISTRICT_NAMES = Map.of("123", "Thị xã Mộc Châu");

  private static final List<String> COMMUNE_TYPES = List.of("Thị trấn", "Phường", "Xã");

  private static final List<String> DISTRICT_TYPES = List.of("Thành phố", "Thị xã", "Quận", "Huyện");

  /** One unit to write, its parent named by code. */
  record Entry(String code, String name, String type, String parentCode) {}

  /** The country as the file gives it, one map per level, first row of a code winning. */
  static final class Country {
    final Map<String, Entry> newProvinces = new LinkedHashMap<>();
    final Map<String, Entry> formerProvinces = new LinkedHashMap<>();
    final Map<String, Entry> formerDistricts = new LinkedHashMap<>();
    final Map<String, Entry> formerCommunes = new LinkedHashMap<>();
    final Map<String, Entry> newCommunes = new LinkedHashMap<>();
    /** former commune code (or "D" + former district code) → new commune code → whole. */
    final Map<String, Map<String, Boolean>> communeSuccessions = new LinkedHashMap<>();
    final Map<String, Set<String>> provinceSuccessions = new LinkedHashMap<>();

    static Country of(List<CSVRecord> rows) {
      Country country = new Country();
      for (CSVRecord row : rows) {
        country.add(row);
      }
      return country;
    }

    private void add(CSVRecord row) {
      String province = row.get("province_code");
      String formerProvince = row.get("old_province_code");
      String district = row.get("old_district_code");
      String newCode = row.get("new_unit_code");
      newProvinces.computeIfAbsent(province,
          code -> new Entry(code, clean(row.get("province_name")), provinceType(row.get("province_name")), null));
      formerProvinces.computeIfAbsent(formerProvince,
          code -> new Entry(code, clean(row.get("old_province_name")), provinceType(row.get("old_province_name")), null));
      formerDistricts.computeIfAbsent(district, code -> {
        String name = DISTRICT_NAMES.getOrDefault(code, row.get("old_district_name"));
        return new Entry(code, typed(name, districtType(name)), districtType(name), formerProvince);
      });
      newCommunes.computeIfAbsent(newCode, code -> new Entry(code,
          typed(row.get("new_unit_name"), row.get("new_unit_type")), row.get("new_unit_type"), province));
      String formerName = clean(row.get("old_unit_name"));
      String formerCode = row.get("old_unit_code");
      String predecessor;
      if (formerCode.isBlank()) {
        // an island district made a special zone whole (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn,
        // Côn Đảo) or a strip of Kim Sơn's coast under no commune: the district is the predecessor
        predecessor = "D" + district;
      } else {
        formerCode = CODE_CORRECTIONS.getOrDefault(formerCode + "|" + formerName, formerCode);
        String type = communeType(formerName, row.get("old_unit_type"));
        formerCommunes.computeIfAbsent(formerCode, code -> new Entry(code, typed(formerName, type), type, district));
        predecessor = formerCode;
      }
      // a former unit listed twice under one new unit stays whole if either row says so
      communeSuccessions.computeIfAbsent(predecessor, k -> new LinkedHashMap<>())
          .merge(newCode, !"part".equals(row.get("merge_type_en")), Boolean::logicalOr);
      provinceSuccessions.computeIfAbsent(formerProvince, k -> new java.util.TreeSet<>()).add(province);
    }
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    Country country = Country.of(read(RESOURCE));
    LocalDate after = ReferencePlaces.REFORM_DAY;
    LocalDate before = ReferencePlaces.LAST_DAY_BEFORE_REFORM;

    Map<String, Long> newProvinces = addMissing(db, "PROVINCE", false, country.newProvinces, Map.of(), after);
    Map<String, Long> formerProvinces = addMissing(db, "PROVINCE", true, country.formerProvinces, Map.of(), before);
    Map<String, Long> formerDistricts = addMissing(db, "DISTRICT", true, country.formerDistricts, formerProvinces, before);
    Map<String, Long> formerCommunes = addMissing(db, "COMMUNE", true, country.formerCommunes, formerDistricts, before);
    Map<String, Long> newCommunes = addMissing(db, "COMMUNE", false, country.newCommunes, newProvinces, after);

    Set<List<Long>> known = new HashSet<>();
    try (Statement query = db.createStatement();
        ResultSet rows = query.executeQuery(
            "SELECT former_unit_id, successor_unit_id FROM administrative_succession")) {
      while (rows.next()) {
        known.add(List.of(rows.getLong(1), rows.getLong(2)));
      }
    }
    try (PreparedStatement insert = db.prepareStatement(
        "INSERT INTO administrative_succession (former_unit_id, successor_unit_id, whole) VALUES (?, ?, ?)")) {
      for (var former : country.communeSuccessions.entrySet()) {
        String code = former.getKey();
        long formerId = code.startsWith("D")
            ? required(formerDistricts, code.substring(1))
            : required(formerCommunes, code);
        for (var successor : former.getValue().entrySet()) {
          add(insert, known, formerId, required(newCommunes, successor.getKey()), successor.getValue());
        }
      }
      for (var former : country.provinceSuccessions.entrySet()) {
        // a former province that went into one new province went whole
        boolean whole = former.getValue().size() == 1;
        for (String successor : former.getValue()) {
          add(insert, known, required(formerProvinces, former.getKey()), required(newProvinces, successor), whole);
        }
      }
      insert.executeBatch();
    }
  }

  private static void add(PreparedStatement insert, Set<List<Long>> known, long former, long successor,
      boolean whole) throws SQLException {
    if (known.add(List.of(former, successor))) {
      insert.setLong(1, former);
      insert.setLong(2, successor);
      insert.setBoolean(3, whole);
      insert.addBatch();
    }
  }

  /**
   * Writes the units of one level that are not there yet and answers the ids of all of them by
   * code. Former units ended on 30 June 2025; new ones began the day after.
   */
  private static Map<String, Long> addMissing(Connection db, String level, boolean former,
      Map<String, Entry> units, Map<String, Long> parents, LocalDate day) throws SQLException {
    Map<String, Long> ids = ids(db, level, former);
    try (PreparedStatement insert = db.prepareStatement(
        "INSERT INTO administrative_unit (code, name, unit_type, unit_level, parent_id, valid_from, valid_to)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int added = 0;
      for (Entry unit : units.values()) {
        if (ids.containsKey(unit.code())) {
          continue;
        }
        insert.setString(1, unit.code());
        insert.setString(2, unit.name());
        insert.setString(3, unit.type());
        insert.setString(4, level);
        if (unit.parentCode() == null) {
          insert.setNull(5, java.sql.Types.BIGINT);
        } else {
          insert.setLong(5, required(parents, unit.parentCode()));
        }
        insert.setDate(6, former ? null : Date.valueOf(day));
        insert.setDate(7, former ? Date.valueOf(day) : null);
        insert.addBatch();
        added++;
      }
      if (added == 0) {
        return ids;
      }
      insert.executeBatch();
    }
    return ids(db, level, former);
  }

  private static Map<String, Long> ids(Connection db, String level, boolean former) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement query = db.prepareStatement(
        "SELECT code, id FROM administrative_unit WHERE unit_level = ? AND "
            + (former ? "valid_to IS NOT NULL" : "valid_to IS NULL"))) {
      query.setString(1, level);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.putIfAbsent(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return ids;
  }

  private static long required(Map<String, Long> ids, String code) {
    Long id = ids.get(code);
    if (id == null) {
      throw new IllegalStateException("No administrative unit " + code + " for " + RESOURCE);
    }
    return id;
  }

  private static String clean(String text) {
    return VietnameseText.clean(text);
  }

  static String provinceType(String name) {
    return clean(name).startsWith("Thành phố") ? "Thành phố" : "Tỉnh";
  }

  /** Some rows leave a former commune's type out: its name says it, or it is a xã. */
  static String communeType(String name, String given) {
    if (!given.isBlank()) {
      return given;
    }
    String folded = VietnameseText.fold(name);
    for (String type : COMMUNE_TYPES) {
      if (folded.startsWith(VietnameseText.fold(type) + " ")) {
        return type;
      }
    }
    return "Xã";
  }

  static String districtType(String name) {
    String folded = VietnameseText.fold(clean(name));
    for (String type : DISTRICT_TYPES) {
      if (folded.startsWith(VietnameseText.fold(type) + " ")) {
        return type;
      }
    }
    return "Huyện";
  }

  /**
   * The name starting with its type as the GSO writes it: "phường Vĩnh Hải" → "Phường Vĩnh Hải",
   * "Thị Xã Mỹ Hào" → "Thị xã Mỹ Hào", "Xuân Quang 3" (a Xã) → "Xã Xuân Quang 3".
   */
  static String typed(String name, String type) {
    String clean = clean(name);
    if (type == null || type.isBlank()) {
      return clean;
    }
    String prefix = VietnameseText.fold(type) + " ";
    if (VietnameseText.fold(clean).startsWith(prefix)) {
      return type + clean.substring(type.length());
    }
    return type + " " + clean;
  }
}
