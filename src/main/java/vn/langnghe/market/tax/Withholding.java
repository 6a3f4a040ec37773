package vn.langnghe.market.tax;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ledger.Ledger;
import vn.langnghe.market.ledger.LedgerViews.ShopWithholding;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.ShopViews.TaxIdentity;
import vn.langnghe.market.shops.Shops;

/** The monthly withholding declaration and the yearly certificates, read from the ledger. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Withholding {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** What was sold and withheld: goods less reversed goods, VAT and PIT withheld. */
  public record Sums(long goodsVnd, long vatWithheldVnd, long pitWithheldVnd) {
    static final Sums ZERO = new Sums(0, 0, 0);

    Sums plus(Sums other) {
      return new Sums(goodsVnd + other.goodsVnd, vatWithheldVnd + other.vatWithheldVnd,
          pitWithheldVnd + other.pitWithheldVnd);
    }

    static Sums of(ShopWithholding shop) {
      return new Sums(shop.goodsVnd(), shop.vatWithheldVnd(), shop.pitWithheldVnd());
    }
  }

  public record DeclarationRow(TaxIdentity seller, Sums sums) {}

  /** One row per seller with lines in the month, by shop name, and their totals. */
  public record Declaration(YearMonth month, List<DeclarationRow> rows, Sums totals,
      Instant madeAt) {}

  /** The organisation that withholds (the marketplace's operator), as named on certificates. */
  public record Operator(String name, String taxCode, String address) {}

  public record CertificateMonth(YearMonth month, Sums sums) {}

  public record Certificate(Operator operator, TaxIdentity seller, int year,
      List<CertificateMonth> months, Sums totals, Instant madeAt) {}

  @Inject Ledger ledger;
  @Inject Shops shops;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.operator.name", defaultValue = "Công ty TNHH Làng Nghề Market")
  String operatorName;

  @Inject
  @ConfigProperty(name = "market.operator.tax-code", defaultValue = "0108888888")
  String operatorTaxCode;

  @Inject
  @ConfigProperty(name = "market.operator.address",
      defaultValue = "Số 1 Tràng Tiền, phường Hoàn Kiếm, thành phố Hà Nội")
  String operatorAddress;

  public Declaration declaration(YearMonth month) {
    requireNotFuture("month", month);
    List<ShopWithholding> sums = ledger.withholding(start(month), start(month.plusMonths(1)), null);
    Map<Long, TaxIdentity> sellers =
        shops.taxIdentities(sums.stream().map(ShopWithholding::shopId).toList());
    List<DeclarationRow> rows = new ArrayList<>();
    Sums totals = Sums.ZERO;
    for (ShopWithholding shop : sums) {
      rows.add(new DeclarationRow(sellers.get(shop.shopId()), Sums.of(shop)));
      totals = totals.plus(Sums.of(shop));
    }
    rows.sort(Comparator.comparing((DeclarationRow r) -> r.seller().shopName())
        .thenComparing(r -> r.seller().shopId()));
    return new Declaration(month, rows, totals, clock.instant());
  }

  public Certificate certificate(Caller artisan, int year) {
    return certificate(shops.ownTaxIdentity(artisan), year);
  }

  public Certificate certificate(String shopSlug, int year) {
    return certificate(shops.taxIdentity(shopSlug), year);
  }

  private Certificate certificate(TaxIdentity seller, int year) {
    requireNotFuture("year", YearMonth.of(year, 1));
    List<CertificateMonth> months = new ArrayList<>();
    Sums totals = Sums.ZERO;
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      Sums sums = ledger.withholding(start(month), start(month.plusMonths(1)), seller.shopId())
          .stream().map(Sums::of).findFirst().orElse(Sums.ZERO);
      months.add(new CertificateMonth(month, sums));
      totals = totals.plus(sums);
    }
    return new Certificate(new Operator(operatorName, operatorTaxCode, operatorAddress), seller,
        year, months, totals, clock.instant());
  }

  static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(VIETNAM).toInstant();
  }

  private void requireNotFuture(String field, YearMonth month) {
    if (month.isAfter(YearMonth.now(clock.withZone(VIETNAM)))) {
      throw new Problems.InvalidInputException(field, "must not be in the future");
    }
  }
}
