package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.cart.Carts;
import vn.langnghe.market.catalog.Stock;
import vn.langnghe.market.catalog.Stock.Purchasable;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.OrderViews.AddressRequest;
import vn.langnghe.market.ordering.OrderViews.CheckoutRequest;
import vn.langnghe.market.ordering.OrderViews.CheckoutView;
import vn.langnghe.market.ordering.OrderViews.LineRequest;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.payment.Payments.PaymentView;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.PhoneNumbers;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.VietnameseText;

/**
 * Checkout in one transaction: the lines are checked, the order split into one part per shop with
 * its own shipping fee, a pending payment opened and, last, the stock reserved by conditional
 * updates. Any refusal rolls all of it back, so a refused checkout reserves nothing.
 */
@ApplicationScoped
@Transactional
public class Checkout {

  static final String IDEMPOTENCY_SCOPE = "checkout";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.ofPattern("yyMMdd");
  private static final char[] NUMBER_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Stock stock;
  @Inject Places places;
  @Inject Carts carts;
  @Inject Payments payments;
  @Inject IdempotentRequests idempotency;
  @Inject ShippingTariff tariff;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.orders.payment-window")
  Duration paymentWindow;

  /** The placed order, and whether it was placed by an earlier request with the same key. */
  public record Placed(CheckoutView order, boolean replayed) {}

  /** {@code shopperIp}: the gateway wants it with the payment (VNPay signs it into the pay URL). */
  public Placed place(Caller buyer, CheckoutRequest request, IdempotentRequests.Claim claim,
      String shopperIp) {
    // nothing this use case reads depends on its own unflushed writes; it flushes where it must
    em.setFlushMode(FlushModeType.COMMIT);
    if (claim != null) {
      Optional<Long> earlier = idempotency.claim(claim);
      if (earlier.isPresent()) {
        Order order = em.find(Order.class, earlier.get());
        return new Placed(CheckoutView.of(order, payments.latestOf(order.id(), order.number()).orElseThrow()), true);
      }
    }
    Order.Destination destination = destination(request.shippingAddress());
    boolean fromCart = request.lines() == null;
    Map<String, Integer> wanted = fromCart ? carts.linesOf(buyer.accountId()) : wanted(request.lines());
    String linesField = fromCart ? "cart.lines" : "lines";
    if (wanted.isEmpty()) {
      throw new Problems.RefusedException("lines", "Your cart is empty: add something first.");
    }
    Map<String, Purchasable> items = stock.purchasables(wanted.keySet());
    List<OrderLine.Sold> sold = sold(wanted, items, linesField);

    Instant now = clock.instant();
    Order order = new Order(newNumber(now), buyer.accountId(), destination,
        blankToNull(request.note()), request.paymentMethod(), now, now.plus(paymentWindow));
    Map<Long, List<OrderLine.Sold>> byShop = new LinkedHashMap<>();
    Map<Long, Purchasable> shopOf = new LinkedHashMap<>();
    for (OrderLine.Sold line : sold) {
      Purchasable item = items.get(line.sku());
      byShop.computeIfAbsent(item.shopId(), id -> new ArrayList<>()).add(line);
      shopOf.putIfAbsent(item.shopId(), item);
    }
    byShop.forEach((shopId, lines) -> {
      Purchasable shop = shopOf.get(shopId);
      int grams = lines.stream().mapToInt(l -> l.weightGrams() * l.quantity()).sum();
      long fee = tariff.fee(zone(shop.originCommuneCode(), destination), grams);
      order.add(new ShopOrder(order, shopId, shop.shopName(), lines, fee, now));
    });
    em.persist(order);
    em.flush();
    audit.recordPlaced(order, new AuditTrail.Actor(StatusChange.Actor.SHOPPER, buyer.accountId()),
        "checkout");
    PaymentView payment = payments.open(order.id(), order.number(), order.paymentMethod(),
        order.totalVnd(), order.paymentDueAt(), shopperIp);
    if (claim != null) {
      idempotency.remember(claim, order.id());
    }
    if (fromCart) {
      carts.removeBought(buyer.accountId(), wanted.keySet());
    }
    // stock last: its row locks are what racing shoppers queue for, so they are held only from
    // here to the commit; a shortage still rolls back everything above
    em.flush();
    reserve(sold, linesField);
    return new Placed(CheckoutView.of(order, payment), false);
  }

  /** The address's commune must be a commune in force today; its name is kept with the order. */
  private Order.Destination destination(AddressRequest address) {
    AdministrativeUnit commune = places.currentCommune(address.communeCode())
        .orElseThrow(() -> new Problems.InvalidInputException("shippingAddress.communeCode",
            "is not a commune we deliver to (use a current commune code)"));
    String phone = PhoneNumbers.vietnamese(address.phone(), "shippingAddress.phone");
    return new Order.Destination(VietnameseText.clean(address.name()), phone,
        VietnameseText.clean(address.line1()), commune.code(), commune.name(),
        commune.parent() == null ? null : commune.parent().code(),
        commune.parent() == null ? "" : commune.parent().name());
  }

  private static Map<String, Integer> wanted(List<LineRequest> lines) {
    Map<String, Integer> wanted = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String sku = lines.get(i).sku().toUpperCase(java.util.Locale.ROOT);
      if (wanted.putIfAbsent(sku, lines.get(i).quantity()) != null) {
        throw new Problems.InvalidInputException("lines[" + i + "].sku", "is listed twice");
      }
    }
    return wanted;
  }

  private static List<OrderLine.Sold> sold(Map<String, Integer> wanted,
      Map<String, Purchasable> items, String field) {
    List<Problem.FieldError> unknown = new ArrayList<>();
    List<String> offSale = new ArrayList<>();
    List<OrderLine.Sold> sold = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Integer> line : wanted.entrySet()) {
      Purchasable item = items.get(line.getKey());
      if (item == null) {
        unknown.add(new Problem.FieldError(field + "[" + i + "].sku", "no product has this SKU"));
      } else if (!item.onSale()) {
        offSale.add(item.sku());
      } else {
        sold.add(new OrderLine.Sold(item.variantId(), item.productId(), item.sku(), item.title(),
            optionsText(item.options()), item.priceVnd(), line.getValue(), item.weightGrams()));
      }
      i++;
    }
    if (!unknown.isEmpty()) {
      throw new Problems.InvalidInputException(unknown);
    }
    if (!offSale.isEmpty()) {
      throw new Problems.ConflictException("lines",
          "No longer on sale: " + String.join(", ", offSale) + ".");
    }
    return sold;
  }

  private void reserve(List<OrderLine.Sold> sold, String field) {
    List<String> short_ = stock.reserve(sold.stream().map(OrderLine.Sold::movement).toList());
    if (short_.isEmpty()) {
      return;
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < sold.size(); i++) {
      if (short_.contains(sold.get(i).sku())) {
        errors.add(new Problem.FieldError(field + "[" + i + "].quantity",
            sold.get(i).sku() + ": not enough left for " + sold.get(i).quantity()));
      }
    }
    throw new OutOfStockException(short_, errors);
  }

  private ShippingTariff.Zone zone(String originCommuneCode, Order.Destination to) {
    if (originCommuneCode == null) {
      return ShippingTariff.zone(null, null, to.communeCode(), to.provinceCode());
    }
    String originProvince = places.currentCommune(originCommuneCode)
        .map(c -> c.parent() == null ? null : c.parent().code())
        .orElse(null);
    return ShippingTariff.zone(originCommuneCode, originProvince, to.communeCode(), to.provinceCode());
  }

  static String optionsText(Map<String, String> options) {
    return options.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * LN + the day in Vietnam + 8 unambiguous letters, e.g. LN261126-7K3F9QXA: 31^8 numbers a day,
   * so even 100,000 orders in one day share a number with odds of about 1 in 170.
   */
  static String newNumber(Instant now) {
    StringBuilder number = new StringBuilder("LN").append(NUMBER_DAY.format(now.atZone(VIETNAM))).append('-');
    for (int i = 0; i < 8; i++) {
      number.append(NUMBER_LETTERS[RANDOM.nextInt(NUMBER_LETTERS.length)]);
    }
    return number.toString();
  }

  /**
   * Whether the database refused an order because its freshly drawn number was taken (MySQL error
   * 1062 on {@code uk_order_number}): rare, and a new run draws another number.
   */
  static boolean numberTaken(SQLException refusal) {
    return refusal.getErrorCode() == 1062 && String.valueOf(refusal.getMessage()).contains("uk_order_number");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : VietnameseText.clean(text);
  }
}
