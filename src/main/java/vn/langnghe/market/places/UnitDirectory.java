package vn.langnghe.market.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.langnghe.market.places.AdministrativeUnit.Level;

/**
 * The administrative units as one {@link UnitTree} in memory: read from the database on first
 * use and again when the day changes (units change only by migration, so nothing else can make
 * it stale). Two plain queries, some 15,000 and 11,000 rows, in a fraction of a second.
 */
@ApplicationScoped
@Transactional
public class UnitDirectory {

  @PersistenceContext EntityManager em;

  private volatile UnitTree tree;

  UnitTree tree(LocalDate today) {
    UnitTree current = tree;
    if (current == null || !current.day().equals(today)) {
      synchronized (this) {
        current = tree;
        if (current == null || !current.day().equals(today)) {
          current = load(today);
          tree = current;
        }
      }
    }
    return current;
  }

  private UnitTree load(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> units = em.createNativeQuery("SELECT id, code, name, unit_type, unit_level, parent_id,"
        + " valid_from, valid_to FROM administrative_unit").getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> successions = em.createNativeQuery(
        "SELECT former_unit_id, successor_unit_id, whole FROM administrative_succession").getResultList();
    return new UnitTree(
        units.stream().map(r -> new UnitTree.Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
            (String) r[3], Level.valueOf((String) r[4]), r[5] == null ? null : ((Number) r[5]).longValue(),
            date(r[6]), date(r[7]))).toList(),
        successions.stream().map(r -> new UnitTree.SuccessionRow(((Number) r[0]).longValue(),
            ((Number) r[1]).longValue(), flag(r[2]))).toList(),
        today);
  }

  private static LocalDate date(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return (LocalDate) value;
  }

  private static boolean flag(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
