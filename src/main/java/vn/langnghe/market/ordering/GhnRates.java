package vn.langnghe.market.ordering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.shipping.Parcel;
import vn.langnghe.market.shipping.ParcelOrder;
import vn.langnghe.market.shipping.Shipments;

/**
 * Giao Hàng Nhanh's price for a shop's parcel: its fee and, from its leadtime, the days to the
 * recipient. A shop without a commune, or a commune no longer in force, has no GHN price (the
 * tariff prices it); GHN unreachable throws, and {@link ParcelRates} falls back to the tariff.
 *
 * <p>GHN's answers are kept a few minutes per route, weight and value: a quote and the checkout
 * that charges it ask the same question, and a carrier's price list does not move by the minute,
 * so two calls to GHN per shop and order (fee and leadtime) need not be four.
 */
@ApplicationScoped
public class GhnRates implements ParcelRates.Carrier {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Inject Shipments shipments;
  @Inject Places places;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.shipping.ghn.quote-cache")
  Duration keptFor;

  private volatile Cache<ParcelRates.Parcel, Optional<ParcelRates.Rate>> answers;

  private Cache<ParcelRates.Parcel, Optional<ParcelRates.Rate>> answers() {
    Cache<ParcelRates.Parcel, Optional<ParcelRates.Rate>> kept = answers;
    if (kept == null) {
      synchronized (this) {
        if (answers == null) {
          answers = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(10_000).build();
        }
        kept = answers;
      }
    }
    return kept;
  }

  @Override
  public Optional<ParcelRates.Rate> rate(ParcelRates.Parcel parcel) {
    // an exception (GHN down) is not kept: the next parcel asks again
    return answers().get(parcel, this::ask);
  }

  private Optional<ParcelRates.Rate> ask(ParcelRates.Parcel parcel) {
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
