package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.cart.Carts;
import vn.langnghe.market.catalog.Stock.Purchasable;
import vn.langnghe.market.catalog.Stock;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.OrderViews.AddressRequest;
import vn.langnghe.market.ordering.OrderViews.CheckoutRequest;
import vn.langnghe.market.ordering.OrderViews.CheckoutView;
import vn.langnghe.market.ordering.OrderViews.LineRequest;
import vn.langnghe.market.payment.Payments.PaymentView;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Metrics;
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
  static final String ORDERS_PLACED = "market.orders.placed";
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
  @Inject ParcelRates rates;
  @Inject CheckoutQuotes quotes;
  @Inject AuditTrail audit;
  @Inject CashOnDelivery cashOnDelivery;
  @Inject Clock clock;
  @Inject Event<OrderPlacing> placing;
  @Inject Metrics metrics;

  @Inject
  @ConfigProperty(name = "market.orders.payment-window")
  Duration paymentWindow;

  /** The placed order, and whether it was placed by an earlier request with the same key. */
  public record Placed(CheckoutView order, boolean replayed) {}

  /** One shop's part of a basket: its lines, parcel and goods, and the rate of its parcel. */
  record Part(long shopId, String shopSlug, String shopName, List<OrderLine.Sold> lines,
      int weightGrams, long goodsVnd, ParcelRates.Rate rate) {}

  /**
   * What a checkout of these lines to this address would sell and charge now, per shop. A quote
   * and a checkout both price through here, so they agree unless something changed in between.
   */
  record Basket(Order.Destination destination, Map<String, Integer> wanted, boolean fromCart,
      String linesField, Map<String, Purchasable> items, List<OrderLine.Sold> sold,
      List<Part> parts) {}

  /** {@code shopperIp}: the gateway wants it with the payment (VNPay signs it into the pay URL). */
  public Placed place(Caller buyer, CheckoutRequest request, IdempotentRequests.Claim claim,
      String shopperIp) {
    // nothing this use case reads depends on its own unflushed writes; it flushes where it must
    em.setFlushMode(FlushModeType.COMMIT);
    if (claim != null) {
      Optional<Long> earlier = idempotency.claim(claim);
      if (earlier.isPresent()) {
        Order order = em.find(Order.class, earlier.get());
        return new Placed(CheckoutView.of(order, payments.latestOf(order.id(), order.number()).orElse(null)), true);
      }
    }
    // the privacy component refuses a buyer who withdrew the processing of orders
    placing.fire(new OrderPlacing(buyer.accountId()));
    Basket basket = basket(buyer, request.lines(), request.shippingAddress());
    Instant now = clock.instant();
    CheckoutQuotes.Honoured quoted = null;
    if (request.quoteId() != null) {
      quoted = quotes.honoured(buyer, request.quoteId(), basket, now);
      if (quoted.change() != null) {
        throw new QuoteChangedException(quoted.change(), quotes.sealed(buyer, basket));
      }
    }
    Order order = new Order(newNumber(now), buyer.accountId(), basket.destination(),
        blankToNull(request.note()), request.paymentMethod(), now,
        request.paymentMethod().prepaid() ? now.plus(paymentWindow) : null);
    for (Part part : basket.parts()) {
      // a quote holds only while it equals the fresh figures, so charging it charges those too
      long shipping = quoted == null ? part.rate().shippingVnd()
          : quoted.quote().part(part.shopId()).orElseThrow().shippingVnd();
      order.add(new ShopOrder(order, part.shopId(), part.shopName(), part.lines(), shipping, now));
    }
    if (order.isCashOnDelivery()) {
      cashOnDelivery.check(order.totalVnd(),
          basket.parts().stream().map(Part::shopId).collect(java.util.stream.Collectors.toSet()));
    }
    if (quoted != null) {
      order.chargesQuote(quoted.ref());
    }
    em.persist(order);
    try {
      em.flush();
    } catch (PersistenceException refused) {
      // the order's unique quote_ref: another order charged this quote first (no extra statement)
      if (quoted != null && LockContention.causedBy(refused, Checkout::quoteTaken)) {
        throw new QuoteChangedException(CheckoutQuote.Change.USED, quotes.sealed(buyer, basket));
      }
      throw refused;
    }
    AuditTrail.Actor shopper = new AuditTrail.Actor(StatusChange.Actor.SHOPPER, buyer.accountId());
    if (order.isCashOnDelivery()) {
      // confirmed at once: the shops hear of it now, as they hear of a paid order
      audit.recordAndNotify(order, null, null, order.status(), shopper, "checkout");
    } else {
      audit.recordPlaced(order, shopper, "checkout");
    }
    // cash on delivery calls no gateway: the courier collects the money
    PaymentView payment = order.isCashOnDelivery() ? null : payments.open(order.id(), order.number(),
        order.paymentMethod(), order.totalVnd(), order.paymentDueAt(), shopperIp);
    if (claim != null) {
      idempotency.remember(claim, order.id());
    }
    if (basket.fromCart()) {
      carts.removeBought(buyer.accountId(), basket.wanted().keySet());
    }
    // stock last: its row locks are what racing shoppers queue for, so they are held only from
    // here to the commit; a shortage still rolls back everything above
    em.flush();
    reserve(basket.sold(), basket.linesField());
    // docs/operations.md: orders per minute, by how they are paid
    metrics.countOnCommit(ORDERS_PLACED, "method", order.paymentMethod().name().toLowerCase(Locale.ROOT));
    return new Placed(CheckoutView.of(order, payment), false);
  }

  /**
   * The lines (or the cart) priced for the address: unknown SKUs 400, lines off sale 409, each
   * shop's parcel rated from the shop's commune to the address. Reads only.
   */
  Basket basket(Caller buyer, List<LineRequest> lines, AddressRequest address) {
    Order.Destination destination = destination(address);
    boolean fromCart = lines == null;
    Map<String, Integer> wanted = fromCart ? carts.linesOf(buyer.accountId()) : wanted(lines);
    String linesField = fromCart ? "cart.lines" : "lines";
    if (wanted.isEmpty()) {
      throw new Problems.RefusedException("lines", "Your cart is empty: add something first.");
    }
    Map<String, Purchasable> items = stock.purchasables(wanted.keySet());
    List<OrderLine.Sold> sold = sold(wanted, items, linesField);
    Map<Long, List<OrderLine.Sold>> byShop = new LinkedHashMap<>();
    Map<Long, Purchasable> shopOf = new LinkedHashMap<>();
    for (OrderLine.Sold line : sold) {
      Purchasable item = items.get(line.sku());
      byShop.computeIfAbsent(item.shopId(), id -> new ArrayList<>()).add(line);
      shopOf.putIfAbsent(item.shopId(), item);
    }
    List<Part> parts = new ArrayList<>();
    byShop.forEach((shopId, shopLines) -> {
      Purchasable shop = shopOf.get(shopId);
      int grams = shopLines.stream().mapToInt(l -> l.weightGrams() * l.quantity()).sum();
      long goods = shopLines.stream().mapToLong(l -> l.unitPriceVnd() * l.quantity()).sum();
      ParcelRates.Rate rate = rates.rate(new ParcelRates.Parcel(shop.originCommuneCode(),
          destination.communeCode(), grams, goods));
      parts.add(new Part(shopId, shop.shopSlug(), shop.shopName(), shopLines, grams, goods, rate));
    });
    return new Basket(destination, wanted, fromCart, linesField, items, sold, parts);
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

  /** Whether the database refused an order because another order charged its quote already. */
  static boolean quoteTaken(SQLException refusal) {
    return refusal.getErrorCode() == 1062 && String.valueOf(refusal.getMessage()).contains("uk_order_quote");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : VietnameseText.clean(text);
  }
}
