package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a shop's parcel costs to ship: a base fee by distance (same commune, same province,
 * elsewhere) that covers the first {@code base-grams}, plus a fee for every further 500 g or part.
 */
@ApplicationScoped
public class ShippingTariff {

  public enum Zone { SAME_COMMUNE, SAME_PROVINCE, OTHER_PROVINCE }

  /** The tariff's figures, from configuration. */
  public record Rates(long sameCommuneVnd, long sameProvinceVnd, long otherProvinceVnd,
      int baseGrams, long per500gVnd) {

    public long fee(Zone zone, int grams) {
      long base = switch (zone) {
        case SAME_COMMUNE -> sameCommuneVnd;
        case SAME_PROVINCE -> sameProvinceVnd;
        case OTHER_PROVINCE -> otherProvinceVnd;
      };
      long extraGrams = Math.max(0, (long) grams - baseGrams);
      long steps = (extraGrams + 499) / 500;
      return base + steps * per500gVnd;
    }
  }

  private final Rates rates;

  @Inject
  public ShippingTariff(
      @ConfigProperty(name = "market.shipping.same-commune-vnd") long sameCommune,
      @ConfigProperty(name = "market.shipping.same-province-vnd") long sameProvince,
      @ConfigProperty(name = "market.shipping.other-province-vnd") long otherProvince,
      @ConfigProperty(name = "market.shipping.base-grams") int baseGrams,
      @ConfigProperty(name = "market.shipping.per-500g-vnd") long per500g) {
    this.rates = new Rates(sameCommune, sameProvince, otherProvince, baseGrams, per500g);
  }

  /** For CDI's proxy. */
  protected ShippingTariff() {
    this.rates = null;
  }

  /**
   * The zone between a shop's commune and the destination; a shop that names no village is
   * charged as "elsewhere", the dearest, so the fee never falls short.
   */
  public static Zone zone(String originCommune, String originProvince, String destinationCommune,
      String destinationProvince) {
    if (originCommune == null) {
      return Zone.OTHER_PROVINCE;
    }
    if (originCommune.equals(destinationCommune)) {
      return Zone.SAME_COMMUNE;
    }
    return originProvince != null && originProvince.equals(destinationProvince)
        ? Zone.SAME_PROVINCE
        : Zone.OTHER_PROVINCE;
  }

  public long fee(Zone zone, int grams) {
    return rates.fee(zone, grams);
  }
}
