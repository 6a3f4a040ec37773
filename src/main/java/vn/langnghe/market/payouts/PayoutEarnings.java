package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.langnghe.market.ledger.LedgerLineWritten;
import vn.langnghe.market.ordering.PartDelivered;

/**
 * Keeps payouts in step with the ledger and with deliveries, in the writers' own transactions:
 * every ledger line becomes an earning, and a delivery starts the return window of its part's
 * earnings, those written already and those written later (a COD sale comes after delivery).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PayoutEarnings {

  @PersistenceContext EntityManager em;

  void lineWritten(@Observes LedgerLineWritten line) {
    em.persist(new PayoutEarning(line.entryId(), line.shopId(), line.shopOrderId(), line.netVnd(),
        line.at(), deliveredAt(line.shopOrderId())));
  }

  void partDelivered(@Observes PartDelivered delivery) {
    if (deliveredAt(delivery.shopOrderId()) != null) {
      return; // the first delivery counts: a part is delivered once
    }
    em.createNativeQuery("INSERT IGNORE INTO payout_delivery (shop_order_id, delivered_at) VALUES (?, ?)")
        .setParameter(1, delivery.shopOrderId())
        .setParameter(2, java.time.LocalDateTime.ofInstant(delivery.deliveredAt(),
            java.time.ZoneOffset.UTC))
        .executeUpdate();
    em.createQuery("update PayoutEarning e set e.deliveredAt = :at"
            + " where e.shopOrderId = :part and e.deliveredAt is null")
        .setParameter("at", delivery.deliveredAt())
        .setParameter("part", delivery.shopOrderId())
        .executeUpdate();
  }

  private Instant deliveredAt(long shopOrderId) {
    List<?> rows = em.createNativeQuery(
            "SELECT delivered_at FROM payout_delivery WHERE shop_order_id = ?")
        .setParameter(1, shopOrderId)
        .getResultList();
    return rows.isEmpty() ? null : utc(rows.get(0));
  }

  /** DATETIME columns hold UTC; the driver hands them back as local date-times or timestamps. */
  static Instant utc(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.time.LocalDateTime local) {
      return local.toInstant(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp stamp) {
      return stamp.toInstant(); // the driver reads DATETIME in connectionTimeZone=UTC
    }
    throw new IllegalStateException("not a date-time: " + value.getClass());
  }
}
