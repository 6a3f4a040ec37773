package vn.langnghe.market.shops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/**
 * The owner's shop in their data export. On erasure the shop closes (suspended, so it leaves the
 * storefront and the search) and loses its owner's story, photo and description; its name and tax
 * code stay with the orders and tax records that carry them.
 */
@ApplicationScoped
public class ShopsPersonalData {

  static final String CLOSED = "Chủ cửa hàng đã xoá tài khoản";

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  /** The shop's owner, for the log of officers' reads; null if no such shop. */
  public Long ownerOf(long shopId) {
    List<?> found = em.createNativeQuery("SELECT owner_account_id FROM shop WHERE id = ?")
        .setParameter(1, shopId)
        .getResultList();
    return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
  }

  void export(@Observes PersonalDataExport export) {
    List<Map<String, Object>> shops = PersonalDataRows.of(em,
        List.of("id", "name", "description", "ownerStory", "taxId", "status", "createdAt"),
        "SELECT id, name, description, owner_story, tax_id, status, created_at FROM shop"
            + " WHERE owner_account_id = ?", export.accountId());
    if (!shops.isEmpty()) {
      export.add("shop", shops.get(0));
    }
  }

  void erase(@Observes AccountErased erased) {
    List<?> owned = em.createNativeQuery("SELECT id FROM shop WHERE owner_account_id = ?")
        .setParameter(1, erased.accountId())
        .getResultList();
    for (Object id : owned) {
      long shop = ((Number) id).longValue();
      PersonalDataRows.erase(em, "UPDATE shop SET status = 'SUSPENDED', status_reason = ?,"
          + " description = NULL, owner_story = NULL, owner_photo_image_id = NULL,"
          + " owner_photo_key = NULL, version = version + 1 WHERE id = ?", CLOSED, shop);
      // the erasure may hold the shop already (its checks read it); other observers then change
      // it as it now is, not as it was before this update (a stale version: a refused erasure)
      Shop held = em.find(Shop.class, shop);
      if (held != null) {
        em.refresh(held);
      }
      outbox.announce(Outbox.SHOP, shop);
    }
  }
}
