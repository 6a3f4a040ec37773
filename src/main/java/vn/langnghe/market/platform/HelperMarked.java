package vn.langnghe.market.platform;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

/**
 * What an entity extends to have its rows remember the commune digital helper who last wrote them
 * for their owner (column {@code by_helper_account_id}, stamped by {@link ByHelper.Stamp}).
 */
@MappedSuperclass
@EntityListeners(ByHelper.Stamp.class)
public abstract class HelperMarked implements ByHelper {

  @Column(name = "by_helper_account_id")
  private Long byHelperAccountId;

  @Override
  public void stampHelper(long helperAccountId) {
    this.byHelperAccountId = helperAccountId;
  }

  @Override
  public Long byHelperAccountId() {
    return byHelperAccountId;
  }
}
