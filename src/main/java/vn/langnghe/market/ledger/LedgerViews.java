package vn.langnghe.market.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.langnghe.market.ledger.LedgerRates.Figures;

/** What the ledger API answers. Amounts in whole VND; a reversal's are negative. */
public final class LedgerViews {

  private LedgerViews() {}

  public record EntryView(long id, String orderNumber, long shopOrderId, LedgerEntry.Kind kind,
      long goodsVnd, long shippingVnd, long grossVnd, long commissionVnd, long vatWithheldVnd,
      long pitWithheldVnd, long netVnd, int commissionBasisPoints, int vatBasisPoints,
      int pitBasisPoints, String reason, Instant createdAt) {
    static EntryView of(LedgerEntry e) {
      Figures f = e.figures();
      return new EntryView(e.id(), e.orderNumber(), e.shopOrderId(), e.kind(), f.goodsVnd(),
          f.shippingVnd(), f.grossVnd(), f.commissionVnd(), f.vatWithheldVnd(), f.pitWithheldVnd(),
          f.netVnd(), e.commissionBasisPoints(), e.vatBasisPoints(), e.pitBasisPoints(), e.reason(),
          e.createdAt());
    }
  }

  public record Totals(long grossVnd, long commissionVnd, long vatWithheldVnd,
      long pitWithheldVnd, long netVnd) {}

  /** A shop's goods sold (less reversed) and the tax withheld on them over a period. */
  public record ShopWithholding(long shopId, long goodsVnd, long vatWithheldVnd,
      long pitWithheldVnd) {}

  /** One page of a shop's lines in a period, and the totals of the whole period. */
  public record Statement(LocalDate from, LocalDate to, long total, int page, int size,
      List<EntryView> items, Totals totals) {}
}
