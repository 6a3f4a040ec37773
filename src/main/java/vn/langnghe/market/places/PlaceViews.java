package vn.langnghe.market.places;

import java.time.LocalDate;
import java.util.List;

/** What the API shows of places. */
public final class PlaceViews {

  private PlaceViews() {}

  public record UnitRef(String code, String name, String type, String level) {
    static UnitRef of(Unit unit) {
      return unit == null
          ? null
          : new UnitRef(unit.code(), unit.name(), unit.type(), unit.level().name());
    }
  }

  /** A former unit, with the district and province it belonged to. */
  public record FormerUnitRef(
      String code, String name, String type, UnitRef district, UnitRef province, Boolean whole) {
    static FormerUnitRef of(Unit unit, Boolean whole) {
      if (unit == null) {
        return null;
      }
      Unit district =
          unit.parent() != null && unit.parent().level() == AdministrativeUnit.Level.DISTRICT
              ? unit.parent()
              : null;
      Unit province = district != null ? district.parent() : unit.parent();
      return new FormerUnitRef(
          unit.code(),
          unit.name(),
          unit.type(),
          UnitRef.of(district),
          UnitRef.of(province),
          whole);
    }
  }

  public record UnitView(
      String code,
      String name,
      String type,
      String level,
      String parentCode,
      LocalDate validFrom,
      LocalDate validTo,
      List<FormerUnitRef> formerUnits,
      List<UnitRef> successors) {

    static UnitView of(UnitTree.Node unit) {
      return new UnitView(
          unit.code(),
          unit.name(),
          unit.type(),
          unit.level().name(),
          unit.parent() == null ? null : unit.parent().code(),
          unit.validFrom(),
          unit.validTo(),
          unit.predecessors().stream()
              .map(link -> FormerUnitRef.of(link.unit(), link.whole()))
              .toList(),
          unit.successors().stream().map(link -> UnitRef.of(link.unit())).toList());
    }

    /** Without the history: the lists are left out of the JSON. */
    UnitView brief() {
      return new UnitView(code, name, type, level, parentCode, validFrom, validTo, null, null);
    }
  }

  /** The answer of an address lookup: current communes, at most {@link UnitTree#MAX_MATCHES}. */
  public record LookupView(List<LookupItem> items) {}

  /** A current commune; {@code matchedFormer} when the words named a unit it took in. */
  public record LookupItem(
      String code, String name, String provinceCode, String provinceName, MatchedFormer matchedFormer) {}

  /** {@code whole} is false where only part of the former unit went into this commune. */
  public record MatchedFormer(
      String code, String name, String districtName, String provinceName, boolean whole) {}

  /** id is what report filters take (villageId). */
  public record VillageView(
      Long id,
      String slug,
      String name,
      String craft,
      String craftEn,
      UnitRef commune,
      UnitRef province,
      FormerUnitRef formerCommune,
      String story,
      List<String> sources,
      String storyEn) {

    public static VillageView of(CraftVillage village) {
      return new VillageView(
          village.id(),
          village.slug(),
          village.name(),
          village.craft(),
          village.craftEn(),
          UnitRef.of(village.commune()),
          UnitRef.of(village.commune().parent()),
          FormerUnitRef.of(village.formerCommune(), null),
          village.story(),
          village.sources() == null
              ? List.of()
              : List.of(village.sources().split("\\s*;\\s*")).stream()
                  .filter(s -> !s.isBlank())
                  .toList(),
          village.storyEn());
    }
  }

  /** The short form used inside products and shops; {@code craftEn} for the English pages. */
  public record VillageRef(
      String slug,
      String name,
      String craft,
      UnitRef commune,
      UnitRef province,
      FormerUnitRef formerCommune,
      String craftEn) {
    public static VillageRef of(CraftVillage village) {
      return village == null
          ? null
          : new VillageRef(
              village.slug(),
              village.name(),
              village.craft(),
              UnitRef.of(village.commune()),
              UnitRef.of(village.commune().parent()),
              FormerUnitRef.of(village.formerCommune(), null),
              village.craftEn());
    }
  }
}
