package vn.langnghe.market.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ledger.LedgerViews.EntryView;
import vn.langnghe.market.ledger.LedgerViews.ShopWithholding;
import vn.langnghe.market.ledger.LedgerViews.Statement;
import vn.langnghe.market.ledger.LedgerViews.Totals;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.Shops;

/**
 * Writes the ledger when ordering says a part was sold or cancelled, and shows an artisan their
 * shop's lines. The writes join the caller's transaction, which holds the order's row lock: that
 * lock makes "is it written yet?" and the write one step, and the unique key (shop order, kind;
 * for RETURN lines kind and return reference) stands behind it, so a sale, its reversal and each
 * return are written once.
 */
@ApplicationScoped
@Transactional
public class Ledger {

  /** The artisan's days begin and end in Vietnam's time, whatever the stored UTC says. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** One shop's part of a paid order, as ordering knows it; goods = the part's items subtotal. */
  public record Sale(long orderId, String orderNumber, long shopOrderId, long shopId,
      long goodsVnd, long shippingVnd) {}

  @PersistenceContext EntityManager em;
  @Inject Shops shops;
  @Inject Clock clock;
  @Inject Event<LedgerLineWritten> written;

  private final LedgerRates rates;

  @Inject
  public Ledger(
      @ConfigProperty(name = "market.ledger.commission-basis-points") int commission,
      @ConfigProperty(name = "market.ledger.vat-withholding-basis-points") int vat,
      @ConfigProperty(name = "market.ledger.pit-withholding-basis-points") int pit) {
    this.rates = new LedgerRates(commission, vat, pit);
  }

  /** For CDI's proxy. */
  protected Ledger() {
    this.rates = null;
  }

  /** Made at start-up, so that a wrong rate stops the deployment instead of a payment. */
  void ratesChecked(@Observes Startup startup) {}

  /** The order was paid: one SALE line per part, at today's rates. A repeat writes nothing. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSale(List<Sale> parts) {
    Instant now = clock.instant();
    for (Sale part : parts) {
      if (entry(part.shopOrderId(), LedgerEntry.Kind.SALE).isEmpty()) {
        write(LedgerEntry.sale(part, rates, now));
      }
    }
  }

  /**
   * The part was cancelled after its sale: a REVERSAL line that negates the SALE line exactly.
   * Nothing to do if the part was never recorded as sold, or is reversed already. When returns
   * already gave some of it back, only what remains is taken off (a RETURN line "reversal"), so
   * the shop is never charged twice for the same goods.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reverse(long shopOrderId, String reason) {
    Optional<LedgerEntry> sale = entry(shopOrderId, LedgerEntry.Kind.SALE);
    if (sale.isEmpty() || entry(shopOrderId, LedgerEntry.Kind.REVERSAL).isPresent()) {
      return;
    }
    List<LedgerEntry> lines = entries(shopOrderId);
    if (lines.stream().noneMatch(e -> e.kind() == LedgerEntry.Kind.RETURN)) {
      write(sale.get().reversal(reason, clock.instant()));
      return;
    }
    if (lines.stream().anyMatch(e -> REVERSAL_REF.equals(e.returnRef()))) {
      return;
    }
    long goods = lines.stream().mapToLong(e -> e.figures().goodsVnd()).sum();
    long shipping = lines.stream().mapToLong(e -> e.figures().shippingVnd()).sum();
    if (goods > 0 || shipping > 0) {
      LedgerEntry sold = sale.get();
      write(sold.returned(REVERSAL_REF, sold.rates().returned(goods, shipping, goods, shipping), reason,
          clock.instant()));
    }
  }

  /** The ref of the RETURN line that reverses what returns left of a part. */
  static final String REVERSAL_REF = "reversal";

  /** What is still standing of a part after its sale and returns: what a return may take. */
  public record Remaining(long goodsVnd, long shippingVnd) {
    public long totalVnd() {
      return goodsVnd + shippingVnd;
    }
  }

  /**
   * The goods and shipping of the part's sale not yet given back: all of {@code sale} when it is
   * not recorded yet (a cash-on-delivery sale before the carrier remits), nothing once reversed.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Remaining remaining(Sale sale) {
    List<LedgerEntry> lines = entries(sale.shopOrderId());
    if (lines.stream().anyMatch(e -> e.kind() == LedgerEntry.Kind.REVERSAL)) {
      return new Remaining(0, 0);
    }
    if (lines.stream().noneMatch(e -> e.kind() == LedgerEntry.Kind.SALE)) {
      return new Remaining(sale.goodsVnd(), sale.shippingVnd());
    }
    long goods = 0;
    long shipping = 0;
    for (LedgerEntry e : lines) {
      goods += e.figures().goodsVnd();
      shipping += e.figures().shippingVnd();
    }
    return new Remaining(goods, shipping);
  }

  /**
   * Some of a sold part goes back (a return received, an officer's decision): a RETURN line that
   * takes {@code goodsVnd} of its goods and {@code shippingVnd} of its shipping off what remains,
   * at the sale's rates ({@link LedgerRates#returned}). Written once per {@code ref}, however
   * often asked; joins the caller's transaction, which holds the order's lock. A part never sold
   * (a cash-on-delivery sale not yet remitted) is recorded as sold first, from {@code sale}, so
   * the money going back is never missing from the shop's account.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void returned(Sale sale, String ref, long goodsVnd, long shippingVnd, String reason) {
    List<LedgerEntry> lines = entries(sale.shopOrderId());
    if (lines.stream().anyMatch(e -> e.kind() == LedgerEntry.Kind.RETURN && ref.equals(e.returnRef()))) {
      return;
    }
    if (lines.stream().noneMatch(e -> e.kind() == LedgerEntry.Kind.SALE)) {
      recordSale(List.of(sale));
    }
    LedgerEntry sold = entry(sale.shopOrderId(), LedgerEntry.Kind.SALE).orElseThrow();
    Remaining left = remaining(sale);
    write(sold.returned(ref, sold.rates().returned(left.goodsVnd(), left.shippingVnd(), goodsVnd,
        shippingVnd), reason, clock.instant()));
  }

  /**
   * The caller's shop's lines from {@code from} to {@code to} (whole days, both included, either
   * open), newest first, with the totals of the whole period rather than of the page.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Statement statement(Caller artisan, LocalDate from, LocalDate to, Page.Request page) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new Problems.InvalidInputException("to", "must not be before from");
    }
    long shop = shops.ownShop(artisan).id();
    Instant start = from == null ? null : from.atStartOfDay(VIETNAM).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    String where = " from LedgerEntry e where e.shopId = :shop"
        + (start == null ? "" : " and e.createdAt >= :start")
        + (end == null ? "" : " and e.createdAt < :end");
    TypedQuery<Object[]> sums = em.createQuery("select count(e), sum(e.grossVnd), sum(e.commissionVnd),"
        + " sum(e.vatWithheldVnd), sum(e.pitWithheldVnd), sum(e.netVnd)" + where, Object[].class);
    TypedQuery<LedgerEntry> rows = em.createQuery(
        "select e" + where + " order by e.createdAt desc, e.id desc", LedgerEntry.class);
    for (TypedQuery<?> query : List.of(sums, rows)) {
      query.setParameter("shop", shop);
      if (start != null) {
        query.setParameter("start", start);
      }
      if (end != null) {
        query.setParameter("end", end);
      }
    }
    Object[] sum = sums.getSingleResult();
    List<EntryView> items = rows.setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList()
        .stream()
        .map(EntryView::of)
        .toList();
    Totals totals = new Totals(amount(sum[1]), amount(sum[2]), amount(sum[3]), amount(sum[4]),
        amount(sum[5]));
    return new Statement(from, to, amount(sum[0]), page.page(), page.size(), items, totals);
  }

  /** A part's lines, sale first: what the artisan's view of that part shows. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EntryView> ofPart(long shopOrderId) {
    return entries(shopOrderId).stream().map(EntryView::of).toList();
  }

  /** Flushed before it is announced: listeners refer to the line by its id. */
  private void write(LedgerEntry entry) {
    em.persist(entry);
    em.flush();
    written.fire(new LedgerLineWritten(entry.id(), entry.shopId(), entry.shopOrderId(), entry.kind().name(),
        entry.figures().netVnd(), entry.createdAt()));
  }

  /**
   * Per shop with lines in [{@code from}, {@code to}) (only {@code onlyShop}'s if given), the
   * goods sold less those reversed and the VAT and PIT withheld on them: the declaration's figures.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ShopWithholding> withholding(Instant from, Instant to, Long onlyShop) {
    TypedQuery<Object[]> query = em.createQuery("select e.shopId, sum(e.goodsVnd),"
        + " sum(e.vatWithheldVnd), sum(e.pitWithheldVnd) from LedgerEntry e"
        + " where e.createdAt >= :from and e.createdAt < :to"
        + (onlyShop == null ? "" : " and e.shopId = :shop")
        + " group by e.shopId order by e.shopId", Object[].class)
        .setParameter("from", from)
        .setParameter("to", to);
    if (onlyShop != null) {
      query.setParameter("shop", onlyShop);
    }
    return query.getResultList().stream()
        .map(r -> new ShopWithholding(amount(r[0]), amount(r[1]), amount(r[2]), amount(r[3])))
        .toList();
  }

  /** A shop's lines written in [{@code from}, {@code to}), oldest first: a statement's lines. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EntryView> lines(long shopId, Instant from, Instant to) {
    return em.createQuery("select e from LedgerEntry e where e.shopId = :shop"
            + " and e.createdAt >= :from and e.createdAt < :to order by e.createdAt, e.id",
            LedgerEntry.class)
        .setParameter("shop", shopId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(EntryView::of)
        .toList();
  }

  /** The order number of each of these parts (shop orders), by part id; parts without lines are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, String> orderNumbers(Collection<Long> shopOrderIds) {
    if (shopOrderIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> numbers = new HashMap<>();
    em.createQuery("select distinct e.shopOrderId, e.orderNumber from LedgerEntry e"
            + " where e.shopOrderId in :parts", Object[].class)
        .setParameter("parts", Set.copyOf(shopOrderIds))
        .getResultStream()
        .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
    return numbers;
  }

  /** Σ net of a shop's lines written before {@code at}: what it had earned by then. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long netBefore(long shopId, Instant at) {
    return amount(em.createQuery("select sum(e.netVnd) from LedgerEntry e"
            + " where e.shopId = :shop and e.createdAt < :at")
        .setParameter("shop", shopId)
        .setParameter("at", at)
        .getSingleResult());
  }

  private Optional<LedgerEntry> entry(long shopOrderId, LedgerEntry.Kind kind) {
    return entries(shopOrderId).stream().filter(e -> e.kind() == kind).findFirst();
  }

  private List<LedgerEntry> entries(long shopOrderId) {
    return em.createQuery("select e from LedgerEntry e where e.shopOrderId = :part order by e.id",
            LedgerEntry.class)
        .setParameter("part", shopOrderId)
        .getResultList();
  }

  private static long amount(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
