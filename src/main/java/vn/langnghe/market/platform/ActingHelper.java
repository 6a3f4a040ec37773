package vn.langnghe.market.platform;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The commune digital helper acting in this request, if any: set once the caller is known, read
 * by {@link ByHelper.Stamp}. Outside a request (startup, timers) nobody acts for anyone.
 */
@RequestScoped
public class ActingHelper {

  private Long helperAccountId;

  public void set(Long helperAccountId) {
    this.helperAccountId = helperAccountId;
  }

  public Long get() {
    return helperAccountId;
  }

  /** The helper acting in the current request, or null (also outside any request). */
  public static Long current() {
    try {
      return CDI.current().select(ActingHelper.class).get().get();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }
}
