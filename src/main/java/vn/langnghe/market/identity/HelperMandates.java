package vn.langnghe.market.identity;

import java.util.Optional;

/**
 * What a commune digital helper may do, without identity depending on the component that keeps
 * helpers' communes and mandates (it implements this; look it up through
 * {@code Instance<HelperMandates>}, absent until that component is deployed).
 */
public interface HelperMandates {

  /** Whether the helper is bound to this commune (a 2025 commune code). */
  boolean coversCommune(long helperAccountId, String communeCode);

  /**
   * The artisan this helper may act for right now (a mandate the artisan consented to, not
   * handed over, in one of the helper's communes), as the caller the request then runs as.
   */
  Optional<Caller> actingFor(long helperAccountId, long artisanAccountId);
}
