package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.Places;

/**
 * What one shop's parcel costs to ship and how long it takes: a carrier's price where a carrier
 * answers, otherwise the marketplace's own {@link ShippingTariff}, labelled as such. Quotes and
 * checkouts both ask here, so the order charges figures computed the same way as the quote.
 */
@ApplicationScoped
public class ParcelRates {

  private static final Logger LOG = Logger.getLogger(ParcelRates.class.getName());

  /** A shop's parcel: from the shop's commune (null when it names none) to the destination. */
  public record Parcel(String originCommuneCode, String destinationCommuneCode, int weightGrams,
      long goodsVnd) {}

  /** The fee, who carries it (a label for people), the usual days, and whether the tariff priced it. */
  public record Rate(long shippingVnd, String carrier, Integer etaDays, boolean fromTariff) {}

  /**
   * A carrier that prices parcels over its API. Empty when it has no price for this parcel (no
   * service there); it may throw when it cannot be reached. Either way the next carrier, and in
   * the end the tariff, is asked.
   */
  public interface Carrier {
    Optional<Rate> rate(Parcel parcel);
  }

  @Inject @Any Instance<Carrier> carriers;
  @Inject ShippingTariff tariff;
  @Inject Places places;

  public Rate rate(Parcel parcel) {
    return firstRate(carriers, parcel, () -> tariffRate(parcel));
  }

  /** The first carrier's price for the parcel, or the tariff's when none answers. */
  static Rate firstRate(Iterable<? extends Carrier> carriers, Parcel parcel, Supplier<Rate> tariff) {
    for (Carrier carrier : carriers) {
      try {
        Optional<Rate> rate = carrier.rate(parcel);
        if (rate.isPresent()) {
          return rate.get();
        }
      } catch (RuntimeException e) {
        // a carrier down must not stop a sale: the tariff prices the parcel, labelled as ours
        LOG.log(Level.WARNING, "Carrier " + carrier.getClass().getSimpleName()
            + " gave no price; the marketplace tariff is used", e);
      }
    }
    return tariff.get();
  }

  /** The marketplace's own price for the parcel. */
  public Rate tariffRate(Parcel parcel) {
    ShippingTariff.Zone zone = ShippingTariff.zone(parcel.originCommuneCode(),
        provinceOf(parcel.originCommuneCode()), parcel.destinationCommuneCode(),
        provinceOf(parcel.destinationCommuneCode()));
    return new Rate(tariff.fee(zone, parcel.weightGrams()), ShippingTariff.LABEL,
        tariff.etaDays(zone), true);
  }

  private String provinceOf(String communeCode) {
    if (communeCode == null) {
      return null;
    }
    return places.currentCommune(communeCode)
        .map(AdministrativeUnit::parent)
        .map(AdministrativeUnit::code)
        .orElse(null);
  }
}
