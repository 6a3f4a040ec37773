package vn.langnghe.market.platform;

import java.time.Duration;

/**
 * The requests each client may send to an endpoint in a while, by kind of endpoint. Each is
 * configured as {@code market.rate-limit.<key>} in the form {@code count/ISO-8601 period}, e.g.
 * {@code 60/PT1M}; the defaults leave room for many people behind one carrier-grade NAT.
 */
public enum RequestLimit {
  SIGN_IN("sign-in", "60/PT1M"),
  REGISTRATION("registration", "20/PT1M"),
  UPLOAD("upload", "60/PT1M"),
  /** Each request may send a mail: few, whatever the address asked about. */
  PASSWORD_RESET("password-reset", "10/PT1M"),
  /** Anyone may fill a cart before signing in; each anonymous cart is a row. */
  CART("cart", "300/PT1M"),
  /**
   * Signed-in shoppers only, but each quote is a row and asks the carrier for every shop's parcel:
   * roomy for a page that re-quotes as the address is typed, short of a loop.
   */
  CHECKOUT_QUOTE("checkout-quote", "300/PT1M"),
  /** Writing, replying to and reporting reviews: a person writes a few a minute at most. */
  REVIEW("review", "60/PT1M"),
  /** Gateways call from a few addresses and repeat on failure: generous. */
  PAYMENT_CALLBACK("payment-callback", "1200/PT1M"),
  /** Carriers notify every step of every parcel, and repeat on failure: as generous. */
  CARRIER_CALLBACK("carrier-callback", "1200/PT1M"),
  /** Anyone may report a listing, signed in or not: enough for a family behind one NAT, not a flood. */
  LISTING_REPORT("listing-report", "20/PT10M"),
  /** Questions, answers and order messages: people type them, and each notifies someone. */
  CONVERSATION("conversation", "30/PT1M"),
  /** Erasing one's account asks the password again: a few tries, never a guessing loop. */
  ACCOUNT_ERASURE("account-erasure", "10/PT10M");

  private final String key;
  private final String byDefault;

  RequestLimit(String key, String byDefault) {
    this.key = key;
    this.byDefault = byDefault;
  }

  public String configKey() {
    return "market.rate-limit." + key;
  }

  public String byDefault() {
    return byDefault;
  }

  /** A configured size: so many requests per period. */
  public record Size(long requests, Duration period) {
    public Size {
      if (requests < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("a rate limit needs at least one request per positive period");
      }
    }

    /** "60/PT1M" → 60 requests a minute. */
    public static Size parse(String text) {
      int slash = text.indexOf('/');
      if (slash < 0) {
        throw new IllegalArgumentException("rate limit '" + text + "' is not of the form 60/PT1M");
      }
      return new Size(Long.parseLong(text.substring(0, slash).trim()),
          Duration.parse(text.substring(slash + 1).trim()));
    }
  }
}
