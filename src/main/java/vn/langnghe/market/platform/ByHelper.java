package vn.langnghe.market.platform;

/**
 * An entity whose rows remember the commune digital helper who wrote them for their owner (column
 * {@code by_helper_account_id}). It opts in by extending {@link HelperMarked}; the stamp comes
 * from {@link ActingHelper}, so no boundary has to pass the helper along.
 */
public interface ByHelper {

  /** Marks the row as written by this helper. */
  void stampHelper(long helperAccountId);

  /** The helper who last wrote the row for its owner, or null. */
  Long byHelperAccountId();

  /** The entity listener: stamps a row persisted or updated while a helper acts. */
  class Stamp {
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void stamp(Object entity) {
      Long helper = ActingHelper.current();
      if (helper != null && entity instanceof ByHelper row) {
        row.stampHelper(helper);
      }
    }
  }
}
