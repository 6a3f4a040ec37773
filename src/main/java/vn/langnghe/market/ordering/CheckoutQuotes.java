package vn.langnghe.market.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.Stock.Purchasable;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.OrderViews.QuoteRequest;
import vn.langnghe.market.ordering.OrderViews.QuoteView;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.ProblemException;

/**
 * Shipping quoted before the order is placed: a checkout body priced as the checkout would price
 * it, per shop, valid for {@code market.checkout.quote-validity}, so the checkout naming it can
 * charge exactly what the shopper saw, or refuse when the figures moved. The figures travel
 * sealed in the quote id ({@link QuoteSeal}): quoting writes nothing.
 */
@ApplicationScoped
@Transactional
public class CheckoutQuotes {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMER_ID = Pattern.compile(OrderViews.FORMER_QUOTE_ID_PATTERN);

  @Inject Checkout checkout;
  @Inject QuoteSeal seal;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "market.checkout.quote-validity")
  Duration validity;

  /**
   * A quote named by a checkout, its seal (what the order stores), and why it no longer holds
   * (null when it does; quote and ref are null for a former id, which never holds).
   */
  public record Honoured(CheckoutQuote quote, String ref, CheckoutQuote.Change change) {}

  /** Prices the lines (or the cart) for the address, with the checkout's checks. */
  public QuoteView quote(Caller buyer, QuoteRequest request) {
    Checkout.Basket basket = checkout.basket(buyer, request.lines(), request.shippingAddress());
    refuseShortages(basket);
    return sealed(buyer, basket);
  }

  /** A fresh quote of the basket a refused checkout priced, so the shopper confirms the new figures by naming it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QuoteView sealed(Caller buyer, Checkout.Basket basket) {
    Instant expires = clock.instant().plus(validity);
    String id = seal.seal(CheckoutQuote.of(buyer.accountId(), RANDOM.nextLong(), basket, expires));
    return QuoteView.of(id, basket, expires);
  }

  /**
   * The buyer's quote as sealed; 404 when the id is not one we sealed, or another shopper's. An id
   * of the former, stored quotes (quoted before the upgrade) has expired: it answers 409 with a
   * fresh quote, as any expired quote does, without reading the former quotes' tables.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Honoured honoured(Caller buyer, String quoteId, Checkout.Basket basket, Instant now) {
    if (FORMER_ID.matcher(quoteId).matches()) {
      return new Honoured(null, null, CheckoutQuote.Change.EXPIRED);
    }
    CheckoutQuote quote = seal.open(quoteId)
        .filter(q -> q.buyerAccountId() == buyer.accountId())
        .orElseThrow(() -> new QuoteNotFoundException());
    return new Honoured(quote, QuoteSeal.ref(quoteId), quote.changeFor(basket, now).orElse(null));
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

  /** 404 naming the field: the quote is unknown, forged, or not the caller's (never say which). */
  public static class QuoteNotFoundException extends ProblemException {
    public QuoteNotFoundException() {
      super(404, "Not found", "No such quote was found.",
          List.of(new Problem.FieldError("quoteId", "no such quote of yours: ask for a new quote")));
    }
  }
}
