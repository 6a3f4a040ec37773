package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ledger.Ledger;
import vn.langnghe.market.payouts.PayoutViews.BalanceView;
import vn.langnghe.market.payouts.PayoutViews.MyPayoutView;
import vn.langnghe.market.payouts.PayoutViews.MyPayouts;
import vn.langnghe.market.payouts.PayoutViews.PartView;
import vn.langnghe.market.shops.Shops;

/** An artisan's view of their shop's money: the balance by state, and the payouts made. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PayoutBalances {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Shops shops;
  @Inject Ledger ledger;
  @Inject PayoutSettings settings;

  public BalanceView balance(Caller artisan) {
    long shop = shops.ownShop(artisan).id();
    Instant now = clock.instant();
    Balances.Balance balance = settings.balances().of(earnings(shop), now);
    return new BalanceView(balance.pendingVnd(), balance.availableVnd(), balance.onHoldVnd(),
        balance.paidOutVnd(), settings.schedule().nextOn(now), settings.minimumVnd(),
        settings.balances().returnWindow().toDays());
  }

  /** Every earning of the shop, with its hold and the state of the line that took it. */
  List<Balances.Earning> earnings(long shopId) {
    List<PayoutEarning> rows = em.createQuery(
            "select e from PayoutEarning e where e.shopId = :shop", PayoutEarning.class)
        .setParameter("shop", shopId)
        .getResultList();
    Set<Long> held = Set.copyOf(em.createQuery("select h.shopOrderId from PayoutHold h,"
            + " PayoutEarning e where e.shopId = :shop and e.shopOrderId = h.shopOrderId", Long.class)
        .setParameter("shop", shopId)
        .getResultList());
    Map<Long, PayoutLine.Status> lines = em.createQuery(
            "select l from PayoutLine l where l.shopId = :shop", PayoutLine.class)
        .setParameter("shop", shopId)
        .getResultStream()
        .collect(Collectors.toMap(PayoutLine::id, PayoutLine::status));
    return rows.stream().map(e -> new Balances.Earning(e.id(), e.shopId(), e.netVnd(),
            e.deliveredAt(), held.contains(e.shopOrderId()), line(lines.get(e.payoutLineId()))))
        .toList();
  }

  private static Balances.Line line(PayoutLine.Status status) {
    return status == null ? Balances.Line.NONE
        : status == PayoutLine.Status.PAID ? Balances.Line.PAID : Balances.Line.SENT;
  }

  /** The shop's payout lines, newest first, each with the parts (orders) it paid. */
  public MyPayouts payouts(Caller artisan) {
    long shop = shops.ownShop(artisan).id();
    List<PayoutLine> lines = em.createQuery("select l from PayoutLine l where l.shopId = :shop"
            + " order by l.createdAt desc, l.id desc", PayoutLine.class)
        .setParameter("shop", shop)
        .setMaxResults(200)
        .getResultList();
    if (lines.isEmpty()) {
      return new MyPayouts(List.of());
    }
    Map<Long, String> periods = em.createQuery("select r.id, r.period from PayoutRun r"
            + " where r.id in :runs", Object[].class)
        .setParameter("runs", lines.stream().map(PayoutLine::runId).collect(Collectors.toSet()))
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    List<Object[]> paidParts = em.createQuery("select e.payoutLineId, e.shopOrderId, sum(e.netVnd)"
            + " from PayoutEarning e where e.payoutLineId in :lines"
            + " group by e.payoutLineId, e.shopOrderId order by e.shopOrderId", Object[].class)
        .setParameter("lines", lines.stream().map(PayoutLine::id).toList())
        .getResultList();
    Map<Long, String> orderNumbers =
        ledger.orderNumbers(paidParts.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()));
    Map<Long, List<PartView>> parts = paidParts.stream()
        .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(
            r -> new PartView(orderNumbers.get((Long) r[1]), (Long) r[1], ((Number) r[2]).longValue()),
            Collectors.toList())));
    return new MyPayouts(lines.stream().map(l -> new MyPayoutView(l.id(), periods.get(l.runId()),
            l.status().name(), l.amountVnd(), l.createdAt(), l.settledAt(), l.statusReason(),
            l.bankBin(), l.accountNumberMasked(), parts.getOrDefault(l.id(), List.of())))
        .toList());
  }
}
