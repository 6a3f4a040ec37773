package vn.langnghe.market.platform;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a component's own table for a person's data export ("Tải dữ liệu của tôi"): a native
 * select whose columns are named in order, each row a map from name to value, times as instants.
 */
public final class PersonalDataRows {

  private PersonalDataRows() {}

  public static List<Map<String, Object>> of(EntityManager em, List<String> names, String sql,
      Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(row -> {
      Object[] values = row instanceof Object[] array ? array : new Object[] {row};
      Map<String, Object> named = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        named.put(names.get(i), value(values[i]));
      }
      return named;
    }).toList();
  }

  /** Updates or deletes the erased account's rows; answers how many. */
  public static int erase(EntityManager em, String sql, Object... parameters) {
    var statement = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setParameter(i + 1, parameters[i]);
    }
    return statement.executeUpdate();
  }

  private static Object value(Object stored) {
    if (stored instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (stored instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC);
    }
    return stored;
  }
}
