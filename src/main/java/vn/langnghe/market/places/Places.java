package vn.langnghe.market.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.langnghe.market.places.PlaceViews.UnitView;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.platform.Problems;

/** Reads administrative units (as of a day) and craft villages. */
@ApplicationScoped
@Transactional
public class Places {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @PersistenceContext EntityManager em;

  /** Provinces (no parent given) or the children of the unit with that code, valid on the day. */
  public List<UnitView> units(String parentCode, LocalDate on) {
    LocalDate day = on == null ? LocalDate.now(VIETNAM) : on;
    List<AdministrativeUnit> units;
    if (parentCode == null || parentCode.isBlank()) {
      units =
          em.createQuery(
                  "select u from AdministrativeUnit u where u.level = :level order by u.code",
                  AdministrativeUnit.class)
              .setParameter("level", AdministrativeUnit.Level.PROVINCE)
              .getResultList();
    } else {
      units =
          em.createQuery(
                  "select u from AdministrativeUnit u where u.parent.code = :code order by u.name",
                  AdministrativeUnit.class)
              .setParameter("code", parentCode.trim())
              .getResultList();
      if (units.isEmpty() && unitValidOn(parentCode.trim(), day).isEmpty()) {
        throw new Problems.NotFoundException("Administrative unit " + parentCode);
      }
    }
    return units.stream()
        .filter(u -> u.isValidOn(day))
        .filter(u -> u.parent() == null || u.parent().isValidOn(day) || parentCode == null)
        .map(UnitView::of)
        .toList();
  }

  /**
   * The commune with that code valid today: what an address may name. Every checkout asks, and
   * units change only by migration, so the answer is kept for the day (a bounded number of codes:
   * unknown ones are not kept).
   */
  public Optional<AdministrativeUnit> currentCommune(String code) {
    LocalDate today = LocalDate.now(VIETNAM);
    CommuneOfDay known = communesToday;
    if (known == null || !known.day().equals(today)) {
      known = new CommuneOfDay(today, new ConcurrentHashMap<>());
      communesToday = known;
    }
    AdministrativeUnit cached = known.byCode().get(code);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<AdministrativeUnit> found = unitValidOn(code, today)
        .filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE);
    CommuneOfDay day = known;
    found.ifPresent(u -> day.byCode().putIfAbsent(code, u));
    return found;
  }

  /** Communes valid on one day, by code. */
  private record CommuneOfDay(LocalDate day, Map<String, AdministrativeUnit> byCode) {}

  private volatile CommuneOfDay communesToday;

  /** Units change only by migration: what is read here is read-only (nothing to check at flush). */
  private Optional<AdministrativeUnit> unitValidOn(String code, LocalDate day) {
    return em.createQuery("select u from AdministrativeUnit u where u.code = :code", AdministrativeUnit.class)
        .setParameter("code", code)
        .setHint("eclipselink.read-only", "true")
        .getResultStream()
        .filter(u -> u.isValidOn(day))
        .findFirst();
  }

  public List<VillageView> villages() {
    return em.createQuery("select v from CraftVillage v order by v.name", CraftVillage.class)
        .getResultList()
        .stream()
        .map(VillageView::of)
        .toList();
  }

  public VillageView village(String slug) {
    return VillageView.of(villageEntity(slug));
  }

  /** For other components that link to a village (shops, products). */
  public CraftVillage villageEntity(String slug) {
    return findVillage(slug).orElseThrow(() -> new Problems.NotFoundException("Craft village " + slug));
  }

  public Optional<CraftVillage> findVillage(String slug) {
    return em.createQuery("select v from CraftVillage v where v.slug = :slug", CraftVillage.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
