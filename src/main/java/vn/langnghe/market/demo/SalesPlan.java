package vn.langnghe.market.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import vn.langnghe.market.catalog.CatalogViews.VariantRequest;
import vn.langnghe.market.demo.DemoData.DemoAccount;
import vn.langnghe.market.demo.DemoData.DemoProduct;
import vn.langnghe.market.demo.DemoData.DemoShop;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.payment.PaymentMethod;

/**
 * Six months of believable trade in the demo shops, as plain values: when each order is placed,
 * by whom, what it holds, how it is paid and how each shop's part ends. Drawn with a fixed seed
 * from the demo catalogue and the day it is made on, so a test knows what the seeding writes.
 * Trade grows over the months, is busier at weekends and before Vietnamese Women's Day (20/10) and
 * Teachers' Day (20/11); the history ends the day before, so a step that would fall after the
 * moment of seeding (a recent order's delivery, a carrier's remittance) is simply not taken yet.
 * About a third of the orders are paid on delivery, as most Vietnamese online orders are, where
 * checkout allows it: up to {@code market.cod.max-total-vnd}, from shops that accept it.
 */
record SalesPlan(LocalDate from, LocalDate to, List<PlannedOrder> orders) {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final int MONTHS = 6;

  /** The shoppers of the history: their orders fill their own pages, not the tour's shopper's. */
  static final List<DemoAccount> BUYERS = List.of(
      new DemoAccount("khach.hoa@demo.langnghe.vn", "Nguyễn Thị Hoa", Role.SHOPPER),
      new DemoAccount("khach.minh@demo.langnghe.vn", "Trần Quang Minh", Role.SHOPPER),
      new DemoAccount("khach.lan@demo.langnghe.vn", "Phạm Thị Lan", Role.SHOPPER),
      new DemoAccount("khach.tuan@demo.langnghe.vn", "Vũ Anh Tuấn", Role.SHOPPER),
      new DemoAccount("khach.ngoc@demo.langnghe.vn", "Đặng Bảo Ngọc", Role.SHOPPER),
      new DemoAccount("khach.hung@demo.langnghe.vn", "Lê Văn Hùng", Role.SHOPPER),
      new DemoAccount("khach.thao@demo.langnghe.vn", "Hoàng Phương Thảo", Role.SHOPPER),
      new DemoAccount("khach.duc@demo.langnghe.vn", "Bùi Minh Đức", Role.SHOPPER));

  /** Orders a day at the start of the history on a weekday; about 1,100 orders in six months. */
  private static final double BASE_RATE = 5.0;
  private static final long SEED = 2026L;
  /** Shoppers' hours (Vietnam), 0 h to 23 h: evenings are busiest, nights quiet. */
  private static final double[] HOURS = {0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.0, 1.1,
      1.1, 1.2, 1.0, 0.9, 0.9, 1.0, 1.1, 1.2, 1.5, 1.8, 1.9, 1.5, 0.8};
  private static final List<Integer> HOUR_LIST = IntStream.range(0, HOURS.length).boxed().toList();
  private static final Set<Craft> MADE_IN_BATCHES = EnumSet.of(Craft.BANH_CAY, Craft.WEAVING, Craft.COM);

  /**
   * Kept free under the COD limit for each shop part's shipping, which checkout adds: GHN's or
   * the tariff's fee for a few kilograms anywhere in the country.
   */
  private static final long SHIPPING_ALLOWANCE_VND = 100_000;
  /** Of the orders that may be paid on delivery, how many are at the start and at the end. */
  private static final double COD_SHARE_FIRST = 0.44;
  private static final double COD_SHARE_LAST = 0.36;

  /** How an order ends. */
  enum Fate {
    /** Paid, or its cash remitted by the carrier; every shop confirms, ships and delivers its part. */
    FULFILLED(true, true),
    /** Paid or COD; the first shop cancels its part (out of stock), the others fulfil theirs. */
    SHOP_CANCELS_PART(true, true),
    /** Paid; the shopper cancels before anything ships: all of it is refunded. */
    SHOPPER_CANCELS_PAID(true, false),
    /** The shopper cancels before paying. */
    SHOPPER_CANCELS_UNPAID(true, false),
    /** Never paid: it expires with its payment window. */
    EXPIRES(true, false),
    /** Cash on delivery; the shopper changes their mind before anything ships: nothing is owed. */
    SHOPPER_CANCELS_COD(false, true),
    /**
     * Cash on delivery; nobody takes the parcels at the door and the courier brings them back
     * after a few tries: the reservation is let go, nothing was paid.
     */
    RETURNED(false, true);

    private final boolean prepaid;
    private final boolean cashOnDelivery;

    Fate(boolean prepaid, boolean cashOnDelivery) {
      this.prepaid = prepaid;
      this.cashOnDelivery = cashOnDelivery;
    }

    /** Whether an order paid this way may end so. */
    boolean endsOrderPaidBy(PaymentMethod method) {
      return method.prepaid() ? prepaid : cashOnDelivery;
    }
  }

  record PlannedLine(String sku, long priceVnd, int quantity) {

    long totalVnd() {
      return priceVnd * quantity;
    }
  }

  /**
   * One shop's part and when its shop or its carrier acts on it (null: nobody does).
   * {@code returnAt}: the courier brings a COD parcel back; {@code remitAt}: the carrier remits
   * the cash it collected for a delivered COD parcel.
   */
  record PlannedPart(String ownerEmail, List<PlannedLine> lines, Instant confirmAt, Instant shipAt,
      Instant deliverAt, Instant cancelAt, Instant returnAt, Instant remitAt) {}

  /**
   * {@code buyer} indexes {@link #BUYERS}; {@code destination} picks one of the communes the
   * marketplace delivers to (modulo their number); {@code closeAt}: when the shopper cancels, or
   * the order expires.
   */
  record PlannedOrder(Instant placedAt, int buyer, int destination, PaymentMethod method,
      Fate fate, Instant paidAt, Instant closeAt, List<PlannedPart> parts) {

    List<PlannedLine> lines() {
      return parts.stream().flatMap(p -> p.lines().stream()).toList();
    }

    boolean paid() {
      return paidAt != null;
    }

    boolean cashOnDelivery() {
      return method == PaymentMethod.COD;
    }

    /** When the shops may start on it: once paid, or at once when paid on delivery. */
    Instant confirmedAt() {
      return cashOnDelivery() ? placedAt : paidAt;
    }
  }

  /** When the demo shops opened, if a history follows: a fortnight before its first day, 9 h. */
  static Instant opening(Instant now) {
    return LocalDate.ofInstant(now, VIETNAM).minusMonths(MONTHS).minusDays(14).atTime(9, 0)
        .atZone(VIETNAM).toInstant();
  }

  /** {@code market.cod.max-total-vnd} as shipped. */
  static final long COD_MAX_TOTAL_VND = 5_000_000;

  /** The history with the shipped limit of cash on delivery. */
  static SalesPlan of(DemoData data, LocalDate today) {
    return of(data, today, COD_MAX_TOTAL_VND);
  }

  /**
   * The history of the {@value #MONTHS} months before {@code today} (Vietnam), without today;
   * orders over {@code codMaxTotalVnd} are paid in advance.
   */
  static SalesPlan of(DemoData data, LocalDate today, long codMaxTotalVnd) {
    Random random = new Random(SEED);
    List<ShopStock> shops = shops(data);
    LocalDate from = today.minusMonths(MONTHS);
    LocalDate to = today.minusDays(1);
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    List<PlannedOrder> orders = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      double progress = (day.toEpochDay() - from.toEpochDay()) / (double) days;
      double rate = BASE_RATE * (0.6 + 0.8 * progress) * weekday(day) * festival(day);
      int count = poisson(rate, random);
      List<Instant> times = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        times.add(day.atStartOfDay(VIETNAM).toInstant().plusSeconds(hour(random) * 3600L
            + random.nextInt(3600)));
      }
      times.sort(null);
      for (Instant placedAt : times) {
        orders.add(order(placedAt, progress, shops, codMaxTotalVnd, random));
      }
    }
    return new SalesPlan(from, to, List.copyOf(orders));
  }

  private static PlannedOrder order(Instant placedAt, double progress, List<ShopStock> shops,
      long codMaxTotalVnd, Random random) {
    // the lines, by shop: mostly one shop, a second piece from it now and then, another shop less often
    Map<ShopStock, List<PlannedLine>> byShop = new LinkedHashMap<>();
    ShopStock first = weighted(shops, ShopStock::weight, random);
    byShop.put(first, new ArrayList<>(List.of(first.line(random, List.of()))));
    if (random.nextDouble() < 0.22) {
      PlannedLine more = first.line(random, byShop.get(first));
      if (more != null) {
        byShop.get(first).add(more);
      }
    }
    if (random.nextDouble() < 0.15) {
      ShopStock second = weighted(shops, ShopStock::weight, random);
      if (second != first) {
        byShop.put(second, new ArrayList<>(List.of(second.line(random, List.of()))));
      }
    }

    // cards steady, bank transfers by VietQR gaining on VNPay month after month, and cash on
    // delivery, where checkout offers it, slowly giving way to them
    double method = random.nextDouble();
    double cash = random.nextDouble();
    boolean codOffered = byShop.keySet().stream().allMatch(ShopStock::acceptsCod)
        && byShop.values().stream().flatMap(List::stream).mapToLong(PlannedLine::totalVnd).sum()
            + SHIPPING_ALLOWANCE_VND * byShop.size() <= codMaxTotalVnd;
    PaymentMethod paidWith = codOffered
        && cash < COD_SHARE_FIRST + (COD_SHARE_LAST - COD_SHARE_FIRST) * progress ? PaymentMethod.COD
        : method < 0.2 ? PaymentMethod.STRIPE
        : method < 0.2 + 0.25 + 0.2 * progress ? PaymentMethod.VIETQR : PaymentMethod.VNPAY;

    double chance = random.nextDouble();
    Fate fate = paidWith == PaymentMethod.COD
        // parcels refused at the door are COD's own risk ("bom hàng")
        ? chance < 0.07 ? Fate.RETURNED
            : chance < 0.10 ? Fate.SHOPPER_CANCELS_COD
            : chance < 0.14 ? Fate.SHOP_CANCELS_PART
            : Fate.FULFILLED
        : chance < 0.04 ? Fate.EXPIRES
            : chance < 0.06 ? Fate.SHOPPER_CANCELS_UNPAID
            : chance < 0.10 ? Fate.SHOPPER_CANCELS_PAID
            : chance < 0.14 ? Fate.SHOP_CANCELS_PART
            : Fate.FULFILLED;
    Instant paidAt = switch (fate) {
      case EXPIRES, SHOPPER_CANCELS_UNPAID -> null;
      // cash on delivery: the courier collects it, so it is never paid in advance
      default -> paidWith == PaymentMethod.COD ? null : placedAt.plusSeconds(40 + random.nextInt(11 * 60));
    };
    Instant start = paidAt != null ? paidAt : placedAt;
    Instant closeAt = switch (fate) {
      case EXPIRES -> placedAt.plus(Duration.ofMinutes(16));
      case SHOPPER_CANCELS_UNPAID -> placedAt.plusSeconds(120 + random.nextInt(10 * 60));
      case SHOPPER_CANCELS_PAID, SHOPPER_CANCELS_COD -> start.plusSeconds(1800 + random.nextInt(18 * 3600));
      default -> null;
    };
    List<PlannedPart> parts = new ArrayList<>();
    boolean shopCancels = fate == Fate.SHOP_CANCELS_PART;
    for (Map.Entry<ShopStock, List<PlannedLine>> part : byShop.entrySet()) {
      String owner = part.getKey().ownerEmail();
      List<PlannedLine> lines = List.copyOf(part.getValue());
      if (!(fate == Fate.FULFILLED || fate == Fate.SHOP_CANCELS_PART || fate == Fate.RETURNED)) {
        parts.add(new PlannedPart(owner, lines, null, null, null, null, null, null));
      } else if (shopCancels) {
        parts.add(new PlannedPart(owner, lines, null, null, null,
            start.plusSeconds(2 * 3600 + random.nextInt(28 * 3600)), null, null));
        shopCancels = false;
      } else {
        Instant confirmAt = start.plusSeconds(20 * 60 + random.nextInt(10 * 3600));
        Instant shipAt = confirmAt.plusSeconds(3 * 3600 + random.nextInt(33 * 3600));
        Instant arrivesAt = shipAt.plusSeconds(18 * 3600 + random.nextInt(78 * 3600));
        if (fate == Fate.RETURNED) {
          // three tries at the door, then the parcel travels back
          parts.add(new PlannedPart(owner, lines, confirmAt, shipAt, null, null,
              arrivesAt.plusSeconds(2 * 86_400 + random.nextInt(3 * 86_400)), null));
        } else {
          Instant remitAt = paidWith == PaymentMethod.COD ? remittance(arrivesAt, random) : null;
          parts.add(new PlannedPart(owner, lines, confirmAt, shipAt, arrivesAt, null, null, remitAt));
        }
      }
    }
    int buyer = random.nextInt(BUYERS.size());
    // most parcels go to the buyer's own commune; a gift now and then somewhere else
    int destination = random.nextDouble() < 0.75 ? buyer * 13 : random.nextInt(1_000);
    return new PlannedOrder(placedAt, buyer, destination, paidWith, fate, paidAt, closeAt,
        List.copyOf(parts));
  }

  /**
   * Carriers pay the cash they collected out on working days, two to six days after delivery
   * (GHN's and GHTK's statements come a few times a week), in office hours.
   */
  private static Instant remittance(Instant deliveredAt, Random random) {
    LocalDate day = LocalDate.ofInstant(deliveredAt, VIETNAM).plusDays(2 + random.nextInt(5));
    day = switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
    return day.atTime(9, 0).atZone(VIETNAM).toInstant().plusSeconds(random.nextInt(8 * 3600));
  }

  /** What the history may sell: units in stock, so the catalogue's sold-out pieces stay so. */
  private record Sellable(String sku, Craft craft, long priceVnd, double weight) {}

  private record ShopStock(String ownerEmail, boolean acceptsCod, List<Sellable> items, double weight) {

    /** A piece not yet in {@code taken}, cheaper ones more often; null if none is left. */
    PlannedLine line(Random random, List<PlannedLine> taken) {
      List<Sellable> left = items.stream()
          .filter(i -> taken.stream().noneMatch(t -> t.sku().equals(i.sku())))
          .toList();
      if (left.isEmpty()) {
        return null;
      }
      Sellable chosen = weighted(left, Sellable::weight, random);
      int quantity = MADE_IN_BATCHES.contains(chosen.craft())
          ? 1 + (random.nextDouble() < 0.45 ? 1 + random.nextInt(3) : 0)
          : random.nextDouble() < 0.08 ? 2 : 1;
      return new PlannedLine(chosen.sku(), chosen.priceVnd(), quantity);
    }
  }

  private static List<ShopStock> shops(DemoData data) {
    List<ShopStock> shops = new ArrayList<>();
    for (DemoShop shop : data.shops()) {
      if (!shop.approved()) {
        continue;
      }
      List<Sellable> items = new ArrayList<>();
      for (DemoProduct product : data.products()) {
        if (!product.ownerEmail().equals(shop.ownerEmail()) || !product.active()) {
          continue;
        }
        for (VariantRequest variant : product.request().variants()) {
          if (variant.onHand() > 0) {
            // a 50,000 đồng piece sells about seven times as often as a 2.5 million one
            items.add(new Sellable(variant.sku(), product.craft(), variant.priceVnd(),
                1.0 / Math.sqrt(variant.priceVnd() / 50_000.0)));
          }
        }
      }
      if (!items.isEmpty()) {
        // left out of the shop's request, the setting is on, as it is for a new shop
        boolean acceptsCod = !Boolean.FALSE.equals(shop.request().acceptsCod());
        shops.add(new ShopStock(shop.ownerEmail(), acceptsCod, List.copyOf(items), popularity(shop.craft())
            * Math.sqrt(items.size())));
      }
    }
    return List.copyOf(shops);
  }

  /** How much each craft sells online, roughly: gifts and food more than altar bronze. */
  private static double popularity(Craft craft) {
    return switch (craft) {
      case SILVER -> 1.5;
      case DUI, BANH_CAY, COM -> 1.2;
      case SEDGE_MAT, WEAVING, FORGE -> 1.0;
      case EMBROIDERY -> 0.8;
      case BRONZE -> 0.5;
    };
  }

  /** One of {@code choices}, each as likely as its weight. */
  private static <T> T weighted(List<T> choices, ToDoubleFunction<T> weight, Random random) {
    double at = random.nextDouble() * choices.stream().mapToDouble(weight).sum();
    for (T choice : choices) {
      at -= weight.applyAsDouble(choice);
      if (at < 0) {
        return choice;
      }
    }
    return choices.get(choices.size() - 1);
  }

  private static double weekday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY, SUNDAY -> 1.35;
      default -> 1.0;
    };
  }

  /** Gifts before Vietnamese Women's Day (20/10) and Teachers' Day (20/11). */
  private static double festival(LocalDate day) {
    int date = day.getDayOfMonth();
    return switch (day.getMonth()) {
      case OCTOBER -> date >= 10 && date <= 20 ? 1.9 : 1.0;
      case NOVEMBER -> date >= 12 && date <= 20 ? 1.7 : 1.0;
      default -> 1.0;
    };
  }

  private static int hour(Random random) {
    return weighted(HOUR_LIST, h -> HOURS[h], random);
  }

  /** Knuth's method: fine for the few orders a day drawn here. */
  private static int poisson(double mean, Random random) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
