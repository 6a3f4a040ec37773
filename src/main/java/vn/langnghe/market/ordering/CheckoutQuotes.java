package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.Stock.Purchasable;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.OrderViews.QuoteRequest;
import vn.langnghe.market.ordering.OrderViews.QuoteView;
import vn.langnghe.market.platform.Housekeeping;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.ProblemException;
import vn.langnghe.market.platform.UtcInstantConverter;

/**
 * Shipping quoted before the order is placed: a checkout body priced as the checkout would price
 * it, per shop, and kept for {@code market.checkout.quote-validity}, so the checkout naming it can
 * charge exactly what the shopper saw, or refuse when the figures moved.
 */
@ApplicationScoped
@Transactional
public class CheckoutQuotes implements Housekeeping.Sweep {

  private static final char[] ID_LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Kept a day past expiry, so a shopper's late checkout still hears "expired", not "unknown". */
  private static final Duration KEEP_AFTER_EXPIRY = Duration.ofDays(1);

  @PersistenceContext EntityManager em;
  @Inject Checkout checkout;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.checkout.quote-validity")
  Duration validity;

  /** A quote looked up for a checkout, and why it no longer holds (null when it does). */
  public record Honoured(CheckoutQuote quote, CheckoutQuote.Change change) {}

  /** Prices the lines (or the cart) for the address, with the checkout's checks, and keeps it. */
  public QuoteView quote(Caller buyer, QuoteRequest request) {
    Checkout.Basket basket = checkout.basket(buyer, request.lines(), request.shippingAddress());
    refuseShortages(basket);
    return QuoteView.of(stored(buyer, basket));
  }

  /**
   * A fresh quote of the basket a refused checkout priced, kept even though that checkout rolls
   * back, so the shopper confirms the new figures by naming it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public QuoteView reissued(Caller buyer, Checkout.Basket basket) {
    return QuoteView.of(stored(buyer, basket));
  }

  /**
   * The buyer's quote, locked until the checkout commits (two checkouts naming it cannot both
   * charge it); 404 when it is unknown or another shopper's.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Honoured honoured(Caller buyer, String quoteId, Checkout.Basket basket, Instant now) {
    CheckoutQuote quote = em.find(CheckoutQuote.class, quoteId, LockModeType.PESSIMISTIC_WRITE);
    if (quote == null || quote.buyerAccountId() != buyer.accountId()) {
      throw new QuoteNotFoundException(quoteId);
    }
    return new Honoured(quote, quote.changeFor(basket, now).orElse(null));
  }

  private CheckoutQuote stored(Caller buyer, Checkout.Basket basket) {
    Instant now = clock.instant();
    CheckoutQuote quote = new CheckoutQuote(newId(), buyer.accountId(), basket, now, now.plus(validity));
    em.persist(quote);
    return quote;
  }

  /** A quote the stock could not fill now is refused as the checkout would refuse it. */
  private static void refuseShortages(Checkout.Basket basket) {
    List<String> short_ = new ArrayList<>();
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < basket.sold().size(); i++) {
      OrderLine.Sold line = basket.sold().get(i);
      Purchasable item = basket.items().get(line.sku());
      if (item.available() < line.quantity()) {
        short_.add(line.sku());
        errors.add(new Problem.FieldError(basket.linesField() + "[" + i + "].quantity",
            line.sku() + ": not enough left for " + line.quantity()));
      }
    }
    if (!short_.isEmpty()) {
      throw new OutOfStockException(short_, errors);
    }
  }

  static String newId() {
    StringBuilder id = new StringBuilder("Q");
    for (int i = 0; i < 25; i++) {
      id.append(ID_LETTERS[RANDOM.nextInt(ID_LETTERS.length)]);
    }
    return id.toString();
  }

  @Override
  public String what() {
    return "checkout quotes a day past expiry";
  }

  @Override
  @Transactional
  public int sweep(Instant now, int limit) {
    return em.createNativeQuery("DELETE FROM checkout_quote WHERE expires_at < ? LIMIT " + limit)
        .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now.minus(KEEP_AFTER_EXPIRY)))
        .executeUpdate();
  }

  /** 404 naming the field: the quote is unknown, or not the caller's (never say which). */
  public static class QuoteNotFoundException extends ProblemException {
    public QuoteNotFoundException(String quoteId) {
      super(404, "Not found", "Quote " + quoteId + " was not found.",
          List.of(new Problem.FieldError("quoteId", "no such quote of yours: ask for a new quote")));
    }
  }
}
