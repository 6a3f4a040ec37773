package vn.langnghe.market.ledger;

/**
 * The platform's rates in basis points (1/100 of a percent), and the split of one shop's sale
 * they give. Commission and withholding are taken on the goods only: shipping is a cost the shop
 * passes on, not its turnover. Each share is rounded half-up to the whole đồng, in integers.
 */
public record LedgerRates(int commissionBasisPoints, int vatBasisPoints, int pitBasisPoints) {

  static final int WHOLE = 10_000;

  public LedgerRates {
    requireRate("commission", commissionBasisPoints);
    requireRate("VAT withholding", vatBasisPoints);
    requireRate("PIT withholding", pitBasisPoints);
    if (commissionBasisPoints + vatBasisPoints + pitBasisPoints > WHOLE) {
      throw new IllegalArgumentException("Commission and withholding together exceed 100%");
    }
  }

  /** One sale (or its reversal) in whole VND; gross = goods + shipping, net = what the shop gets. */
  public record Figures(long goodsVnd, long shippingVnd, long grossVnd, long commissionVnd,
      long vatWithheldVnd, long pitWithheldVnd, long netVnd) {}

  public Figures of(long goodsVnd, long shippingVnd) {
    if (goodsVnd < 0 || shippingVnd < 0) {
      throw new IllegalArgumentException("A sale of " + goodsVnd + " + " + shippingVnd + " VND");
    }
    long commission = share(goodsVnd, commissionBasisPoints);
    long vat = share(goodsVnd, vatBasisPoints);
    long pit = share(goodsVnd, pitBasisPoints);
    long gross = Math.addExact(goodsVnd, shippingVnd);
    return new Figures(goodsVnd, shippingVnd, gross, commission, vat, pit,
        gross - commission - vat - pit);
  }

  /**
   * The RETURN line taking {@code goodsVnd} and {@code shippingVnd} off a part whose goods and
   * shipping still standing (after its sale and earlier returns) are {@code remainingGoodsVnd} and
   * {@code remainingShippingVnd}: figures(after) − figures(before), every column ≤ 0. Computed on
   * what remains rather than on the returned amount alone, so the rounding of each share
   * telescopes: whatever the steps, all the returns of a part sum to exactly minus its sale,
   * and none ever takes more than the sale gave.
   */
  public Figures returned(long remainingGoodsVnd, long remainingShippingVnd, long goodsVnd,
      long shippingVnd) {
    if (goodsVnd < 0 || shippingVnd < 0 || goodsVnd > remainingGoodsVnd
        || shippingVnd > remainingShippingVnd) {
      throw new IllegalArgumentException("A return of " + goodsVnd + " + " + shippingVnd
          + " VND from " + remainingGoodsVnd + " + " + remainingShippingVnd + " VND remaining");
    }
    Figures before = of(remainingGoodsVnd, remainingShippingVnd);
    Figures after = of(remainingGoodsVnd - goodsVnd, remainingShippingVnd - shippingVnd);
    return new Figures(after.goodsVnd() - before.goodsVnd(), after.shippingVnd() - before.shippingVnd(),
        after.grossVnd() - before.grossVnd(), after.commissionVnd() - before.commissionVnd(),
        after.vatWithheldVnd() - before.vatWithheldVnd(), after.pitWithheldVnd() - before.pitWithheldVnd(),
        after.netVnd() - before.netVnd());
  }

  /**
   * {@code amount × basisPoints / 10 000}, half-up. Split as q·10 000 + r so no product exceeds
   * the amount itself (q·bp ≤ amount, r·bp < 10⁸): exact for every non-negative long.
   */
  static long share(long amountVnd, int basisPoints) {
    long whole = amountVnd / WHOLE;
    long rest = amountVnd % WHOLE;
    return whole * basisPoints + (rest * basisPoints + WHOLE / 2) / WHOLE;
  }

  private static void requireRate(String name, int basisPoints) {
    if (basisPoints < 0 || basisPoints > WHOLE) {
      throw new IllegalArgumentException(
          "The " + name + " rate must be 0 to 10000 basis points, not " + basisPoints);
    }
  }
}
