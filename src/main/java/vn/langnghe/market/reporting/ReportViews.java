package vn.langnghe.market.reporting;

import java.time.LocalDate;
import java.util.List;

/** What the reports answer. Money in whole VND; shares and rates are fractions of 1. */
public final class ReportViews {

  private ReportViews() {}

  /**
   * The headline figures of a period. orders: shop orders (one shopper's purchase from one shop);
   * GMV: what shoppers paid (goods and shipping) on the days they paid; refunds: what became due
   * back on the days parts were cancelled. refundRate = refunds / GMV; cashlessShare = cashless
   * GMV / all GMV (cash on delivery included, on the days carriers remitted it); codShare = GMV
   * paid in cash on delivery / all GMV; activeShops: shops with a sale; newShops: shops approved in the period;
   * ocopShareListed: of the products listed (active, of an approved shop, created by the period's
   * end), those with 3 OCOP stars or more.
   */
  public record Kpis(LocalDate from, LocalDate to, long gmvVnd, long orders, long items,
      long averageOrderVnd, long refundsVnd, double refundRate, long activeShops, long newShops,
      double cashlessShare, double codShare, double ocopShareListed) {}

  public record Overview(LocalDate from, LocalDate to, long gmvVnd, long orders, long items,
      long averageOrderVnd, long refundsVnd, double refundRate, long activeShops, long newShops,
      double cashlessShare, double codShare, double ocopShareListed, Kpis previous) {

    static Overview of(Kpis now, Kpis previous) {
      return new Overview(now.from(), now.to(), now.gmvVnd(), now.orders(), now.items(),
          now.averageOrderVnd(), now.refundsVnd(), now.refundRate(), now.activeShops(),
          now.newShops(), now.cashlessShare(), now.codShare(), now.ocopShareListed(), previous);
    }
  }

  /**
   * One group: {@code keys} and {@code labels} per dimension of groupBy; {@code key} and
   * {@code label} join them ("|" and " · ") for clients that want a single one.
   */
  public record SalesRow(List<String> keys, List<String> labels, String key, String label,
      long orders, long items, long gmvVnd, long refundsVnd, double cashlessShare,
      double codShare) {}

  public record SalesTotals(long orders, long items, long gmvVnd, long refundsVnd,
      double cashlessShare, double codShare) {}

  /** The sales report as a plain value: what the JSON, CSV and XLSX answers are made of. */
  public record SalesReport(LocalDate from, LocalDate to, List<String> groupBy, boolean formerUnits,
      List<SalesRow> rows, SalesTotals totals) {}

  /** A product (with its shop) or a shop, ranked by GMV; a product's GMV is its goods alone. */
  public record TopRow(long id, String name, Long shopId, String shopName, long gmvVnd, long items,
      long orders, long refundsVnd) {}

  public record TopReport(LocalDate from, LocalDate to, String what, List<TopRow> rows) {}
}
