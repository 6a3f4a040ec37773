package vn.langnghe.market.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.langnghe.market.places.PlaceViews.LookupView;
import vn.langnghe.market.places.PlaceViews.UnitView;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.VietnameseText;

/** Reads administrative units (as of a day) and craft villages. */
@ApplicationScoped
@Transactional
public class Places {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @PersistenceContext EntityManager em;

  /** Longest free text a unit search takes. */
  static final int MAX_QUERY_LENGTH = 100;

  @Inject UnitDirectory directory;

  /**
   * Provinces (no parent given) or the units under the one with that code, valid on the day;
   * {@code q} keeps those whose name holds its words, accents optional ("ba dinh").
   */
  public List<UnitView> units(String parentCode, LocalDate on, String q) {
    LocalDate today = LocalDate.now(VIETNAM);
    LocalDate day = on == null ? today : on;
    String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.trim();
    List<UnitTree.Node> units = directory.tree(today).children(parent, day, query("q", q, false));
    if (units == null) {
      throw new Problems.NotFoundException("Administrative unit " + parentCode);
    }
    return units.stream().map(UnitView::of).toList();
  }

  /**
   * The communes in force today that a free-text address names, new or former ("Hồng Thái, Kiến
   * Xương"), each with the former unit it matched.
   */
  public LookupView lookup(String q) {
    return new LookupView(directory.tree(LocalDate.now(VIETNAM)).lookup(query("q", q, true)));
  }

  private static String query(String field, String q, boolean required) {
    String text = VietnameseText.clean(q);
    if (text == null || text.isEmpty()) {
      if (required) {
        throw new Problems.InvalidInputException(field, "is required");
      }
      return null;
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new Problems.InvalidInputException(field, "at most " + MAX_QUERY_LENGTH + " characters");
    }
    return text;
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
