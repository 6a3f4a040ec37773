package vn.langnghe.market.platform;

import java.util.Map;

/**
 * Something a person should hear about (a message, an answer, a return, a decision), fired as a
 * CDI event inside the transaction that made it happen. The notifications component observes it
 * and delivers it by e-mail and Zalo; a component that fires it never knows how it is delivered.
 *
 * @param accountId who is to hear of it
 * @param kind      what happened, in capitals (e.g. {@code ORDER_MESSAGE}); it picks the Zalo
 *                  template and the e-mail's wording
 * @param subject   the e-mail's subject, in Vietnamese
 * @param text      the e-mail's plain text, in Vietnamese, with no personal data of anyone else
 * @param link      the page to open, a path under the site (e.g. {@code /order.html?number=…})
 * @param params    the Zalo template's parameters by name (strings, as ZNS takes them)
 * @param aboutAccountId whose words or data the notice quotes besides the recipient's own (a buyer's
 *                  message to a shop, a question, a return), null if none: when that person erases
 *                  their account, the notice's text goes too (Law 91)
 */
public record Notice(long accountId, String kind, String subject, String text, String link,
    Map<String, String> params, Long aboutAccountId) {

  public Notice {
    params = params == null ? Map.of() : Map.copyOf(params);
  }

  /** A notice that quotes no one but the recipient and the platform. */
  public Notice(long accountId, String kind, String subject, String text, String link,
      Map<String, String> params) {
    this(accountId, kind, subject, text, link, params, null);
  }
}
