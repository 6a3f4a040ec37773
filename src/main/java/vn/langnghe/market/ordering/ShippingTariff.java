package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.places.Region;

/**
 * The marketplace's own shipping tariff: a base fee by distance (same commune, same province,
 * another province of the same region, another region) that covers the first {@code base-grams},
 * plus a fee for every further 500 g or part, and the days a parcel usually takes that far. It
 * prices every parcel no carrier prices ({@link ParcelRates}).
 */
@ApplicationScoped
public class ShippingTariff {

  /** How the quote names the tariff to the shopper, so a fee never looks like a carrier's. */
  public static final String LABEL = "Biểu phí Làng Nghề Market";

  public enum Zone { SAME_COMMUNE, SAME_PROVINCE, OTHER_PROVINCE, OTHER_REGION }

  /** The tariff's figures, from configuration. */
  public record Rates(long sameCommuneVnd, long sameProvinceVnd, long otherProvinceVnd,
      long otherRegionVnd, int baseGrams, long per500gVnd) {

    public long fee(Zone zone, int grams) {
      long base = switch (zone) {
        case SAME_COMMUNE -> sameCommuneVnd;
        case SAME_PROVINCE -> sameProvinceVnd;
        case OTHER_PROVINCE -> otherProvinceVnd;
        case OTHER_REGION -> otherRegionVnd;
      };
      long extraGrams = Math.max(0, (long) grams - baseGrams);
      long steps = (extraGrams + 499) / 500;
      return base + steps * per500gVnd;
    }
  }

  /** Days a parcel usually takes to each zone, from configuration. */
  public record Days(int sameCommune, int sameProvince, int otherProvince, int otherRegion) {
    public int of(Zone zone) {
      return switch (zone) {
        case SAME_COMMUNE -> sameCommune;
        case SAME_PROVINCE -> sameProvince;
        case OTHER_PROVINCE -> otherProvince;
        case OTHER_REGION -> otherRegion;
      };
    }
  }

  private final Rates rates;
  private final Days days;

  @Inject
  public ShippingTariff(
      @ConfigProperty(name = "market.shipping.same-commune-vnd") long sameCommune,
      @ConfigProperty(name = "market.shipping.same-province-vnd") long sameProvince,
      @ConfigProperty(name = "market.shipping.other-province-vnd") long otherProvince,
      @ConfigProperty(name = "market.shipping.other-region-vnd") long otherRegion,
      @ConfigProperty(name = "market.shipping.base-grams") int baseGrams,
      @ConfigProperty(name = "market.shipping.per-500g-vnd") long per500g,
      @ConfigProperty(name = "market.shipping.same-commune-days") int sameCommuneDays,
      @ConfigProperty(name = "market.shipping.same-province-days") int sameProvinceDays,
      @ConfigProperty(name = "market.shipping.other-province-days") int otherProvinceDays,
      @ConfigProperty(name = "market.shipping.other-region-days") int otherRegionDays) {
    this.rates = new Rates(sameCommune, sameProvince, otherProvince, otherRegion, baseGrams, per500g);
    this.days = new Days(sameCommuneDays, sameProvinceDays, otherProvinceDays, otherRegionDays);
  }

  /** For CDI's proxy. */
  protected ShippingTariff() {
    this.rates = null;
    this.days = null;
  }

  /**
   * The zone between a shop's commune and the destination; a shop that names no village is
   * charged as "another region", the dearest, so the fee never falls short.
   */
  public static Zone zone(String originCommune, String originProvince, String destinationCommune,
      String destinationProvince) {
    if (originCommune == null) {
      return Zone.OTHER_REGION;
    }
    if (originCommune.equals(destinationCommune)) {
      return Zone.SAME_COMMUNE;
    }
    if (originProvince != null && originProvince.equals(destinationProvince)) {
      return Zone.SAME_PROVINCE;
    }
    Region from = Region.of(originProvince);
    return from != null && from == Region.of(destinationProvince) ? Zone.OTHER_PROVINCE : Zone.OTHER_REGION;
  }

  public long fee(Zone zone, int grams) {
    return rates.fee(zone, grams);
  }

  public int etaDays(Zone zone) {
    return days.of(zone);
  }
}
