package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.shipping.Parcel;
import vn.langnghe.market.shipping.ParcelOrder;
import vn.langnghe.market.shipping.Shipments;

/**
 * Giao Hàng Nhanh's price for a shop's parcel: its fee and, from its leadtime, the days to the
 * recipient. A shop without a commune, or a commune no longer in force, has no GHN price (the
 * tariff prices it); GHN unreachable throws, and {@link ParcelRates} falls back to the tariff.
 */
@ApplicationScoped
public class GhnRates implements ParcelRates.Carrier {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Inject Shipments shipments;
  @Inject Places places;
  @Inject Clock clock;

  @Override
  public Optional<ParcelRates.Rate> rate(ParcelRates.Parcel parcel) {
    Optional<ParcelOrder.Party> from = party(parcel.originCommuneCode());
    Optional<ParcelOrder.Party> to = party(parcel.destinationCommuneCode());
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return shipments.quote(from.get(), to.get(), parcel.weightGrams(), parcel.goodsVnd())
        .map(quote -> new ParcelRates.Rate(quote.feeVnd(), Parcel.GHN, days(quote), false));
  }

  private int days(Shipments.Quote quote) {
    LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
    LocalDate arrives = LocalDate.ofInstant(quote.expectedDelivery(), VIETNAM);
    return (int) Math.max(1, ChronoUnit.DAYS.between(today, arrives));
  }

  /** Only the places matter for a price: no name, phone or street. */
  private Optional<ParcelOrder.Party> party(String communeCode) {
    if (communeCode == null) {
      return Optional.empty();
    }
    return places.currentCommune(communeCode).map(c -> new ParcelOrder.Party(null, null, null,
        c.code(), c.name(), provinceName(c)));
  }

  private static String provinceName(AdministrativeUnit commune) {
    return commune.parent() == null ? null : commune.parent().name();
  }
}
