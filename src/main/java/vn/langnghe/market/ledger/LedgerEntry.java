package vn.langnghe.market.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.langnghe.market.ledger.LedgerRates.Figures;

/**
 * One line of the ledger: a shop order's sale, the reversal of it, or a return of part of it. The rates are kept on the
 * row, so a later change of configuration never rewrites what a past sale owed. Immutable.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

  /**
   * A sale is written when the order is paid; its reversal when that part is cancelled; a return
   * (several per part, each named by {@code returnRef}) when some of its goods or money go back.
   */
  public enum Kind { SALE, REVERSAL, RETURN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "shop_order_id")
  private long shopOrderId;

  @Column(name = "shop_id")
  private long shopId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  /** What a RETURN line gives back (a return, a decision); null on SALE and REVERSAL lines. */
  @Column(name = "return_ref")
  private String returnRef;

  @Column(name = "goods_vnd")
  private long goodsVnd;

  @Column(name = "shipping_vnd")
  private long shippingVnd;

  @Column(name = "gross_vnd")
  private long grossVnd;

  @Column(name = "commission_vnd")
  private long commissionVnd;

  @Column(name = "vat_withheld_vnd")
  private long vatWithheldVnd;

  @Column(name = "pit_withheld_vnd")
  private long pitWithheldVnd;

  @Column(name = "net_vnd")
  private long netVnd;

  @Column(name = "commission_basis_points")
  private int commissionBasisPoints;

  @Column(name = "vat_basis_points")
  private int vatBasisPoints;

  @Column(name = "pit_basis_points")
  private int pitBasisPoints;

  private String reason;

  @Column(name = "created_at")
  private Instant createdAt;

  protected LedgerEntry() {}

  private LedgerEntry(Ledger.Sale sale, Kind kind, Figures f, int commissionBp, int vatBp,
      int pitBp, String reason, Instant now) {
    this.orderId = sale.orderId();
    this.orderNumber = sale.orderNumber();
    this.shopOrderId = sale.shopOrderId();
    this.shopId = sale.shopId();
    this.kind = kind;
    this.goodsVnd = f.goodsVnd();
    this.shippingVnd = f.shippingVnd();
    this.grossVnd = f.grossVnd();
    this.commissionVnd = f.commissionVnd();
    this.vatWithheldVnd = f.vatWithheldVnd();
    this.pitWithheldVnd = f.pitWithheldVnd();
    this.netVnd = f.netVnd();
    this.commissionBasisPoints = commissionBp;
    this.vatBasisPoints = vatBp;
    this.pitBasisPoints = pitBp;
    this.reason = reason;
    this.createdAt = now;
  }

  static LedgerEntry sale(Ledger.Sale sale, LedgerRates rates, Instant now) {
    return new LedgerEntry(sale, Kind.SALE, rates.of(sale.goodsVnd(), sale.shippingVnd()),
        rates.commissionBasisPoints(), rates.vatBasisPoints(), rates.pitBasisPoints(), null, now);
  }

  /** The exact negation of this sale, at the rates it was made at, whatever they are today. */
  LedgerEntry reversal(String reason, Instant now) {
    if (kind != Kind.SALE) {
      throw new IllegalStateException("Only a sale can be reversed, not entry " + id);
    }
    Ledger.Sale same = new Ledger.Sale(orderId, orderNumber, shopOrderId, shopId, goodsVnd, shippingVnd);
    Figures negated = new Figures(-goodsVnd, -shippingVnd, -grossVnd, -commissionVnd,
        -vatWithheldVnd, -pitWithheldVnd, -netVnd);
    return new LedgerEntry(same, Kind.REVERSAL, negated, commissionBasisPoints, vatBasisPoints,
        pitBasisPoints, reason, now);
  }

  /**
   * A RETURN line for this sale: what the part's remaining figures lose when {@code goodsVnd} of
   * its goods and {@code shippingVnd} of its shipping go back, at the sale's own rates.
   */
  LedgerEntry returned(String ref, Figures figures, String reason, Instant now) {
    if (kind != Kind.SALE) {
      throw new IllegalStateException("Only a sale can be returned, not entry " + id);
    }
    Ledger.Sale same = new Ledger.Sale(orderId, orderNumber, shopOrderId, shopId, goodsVnd, shippingVnd);
    LedgerEntry entry = new LedgerEntry(same, Kind.RETURN, figures, commissionBasisPoints,
        vatBasisPoints, pitBasisPoints, reason, now);
    entry.returnRef = ref;
    return entry;
  }

  public LedgerRates rates() {
    return new LedgerRates(commissionBasisPoints, vatBasisPoints, pitBasisPoints);
  }

  public String returnRef() {
    return returnRef;
  }

  public Figures figures() {
    return new Figures(goodsVnd, shippingVnd, grossVnd, commissionVnd, vatWithheldVnd,
        pitWithheldVnd, netVnd);
  }

  public Long id() {
    return id;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public long shopId() {
    return shopId;
  }

  public long shopOrderId() {
    return shopOrderId;
  }

  public Kind kind() {
    return kind;
  }

  public int commissionBasisPoints() {
    return commissionBasisPoints;
  }

  public int vatBasisPoints() {
    return vatBasisPoints;
  }

  public int pitBasisPoints() {
    return pitBasisPoints;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
