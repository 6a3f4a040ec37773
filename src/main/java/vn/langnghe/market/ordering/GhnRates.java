package vn.langnghe.market.ordering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * <p>GHN's answers are kept a few minutes: its fee per route, weight and value (a quote and the
 * checkout that charges it ask the same question, and a carrier's price list does not move by the
 * minute), its leadtime per route alone (it does not depend on the parcel), so most parcels cost
 * one call to GHN, not two, and the checkout after a quote none.
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

  private record Route(String from, String to) {}

  private volatile Cache<ParcelRates.Parcel, Optional<ParcelRates.Rate>> answers;
  private volatile Cache<Route, Instant> arrivals;

  private Cache<ParcelRates.Parcel, Optional<ParcelRates.Rate>> answers() {
    Cache<ParcelRates.Parcel, Optional<ParcelRates.Rate>> kept = answers;
    if (kept == null) {
      synchronized (this) {
        if (answers == null) {
          arrivals = Caffeine.newBuilder().expireAfterWrite(keptFor).maximumSize(50_000).build();
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
    if (!shipments.pricesParcels()) {
      return Optional.empty();
    }
    Optional<ParcelOrder.Party> from = party(parcel.originCommuneCode());
    Optional<ParcelOrder.Party> to = party(parcel.destinationCommuneCode());
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    long fee = shipments.fee(from.get(), to.get(), parcel.weightGrams(), parcel.goodsVnd()).totalVnd();
    Instant arrives = arrivals.get(new Route(parcel.originCommuneCode(), parcel.destinationCommuneCode()),
        route -> shipments.leadtime(from.get(), to.get()));
    return Optional.of(new ParcelRates.Rate(fee, Parcel.GHN, days(arrives), false));
  }

  private int days(Instant arrives) {
    LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
    return (int) Math.max(1, ChronoUnit.DAYS.between(today, LocalDate.ofInstant(arrives, VIETNAM)));
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
