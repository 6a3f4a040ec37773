package vn.langnghe.market.payment.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded} bodies the way Stripe's API reads them: a nested map
 * becomes {@code metadata[order_id]=…}, a list {@code items[0][price]=…}. Brackets stay literal
 * (as Stripe's own libraries send them); names and values are otherwise UTF-8 form-encoded.
 * Entries keep the map's order, so use a {@link java.util.LinkedHashMap} for a stable body.
 */
public final class StripeForm {

  private StripeForm() {}

  /** Values may be strings, numbers, booleans, maps and lists of those; nulls are left out. */
  public static String encode(Map<String, ?> parameters) {
    List<String> pairs = new ArrayList<>();
    parameters.forEach((name, value) -> add(pairs, encodeText(name), value));
    StringJoiner body = new StringJoiner("&");
    pairs.forEach(body::add);
    return body.toString();
  }

  /**
   * A PaymentIntent in VND. VND is zero-decimal at Stripe: {@code amount=1250000} is 1.250.000 ₫,
   * unlike VNPay's × 100.
   */
  public static String paymentIntent(long amountVnd, String description, Map<String, String> metadata) {
    if (amountVnd <= 0) {
      throw new IllegalArgumentException("A payment needs a positive amount, not " + amountVnd);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("amount", amountVnd);
    p.put("currency", "vnd");
    p.put("description", description);
    p.put("metadata", metadata);
    return encode(p);
  }

  private static void add(List<String> pairs, String key, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((name, inner) -> add(pairs, key + "[" + encodeText(String.valueOf(name)) + "]", inner));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        add(pairs, key + "[" + i + "]", list.get(i));
      }
    } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      pairs.add(key + "=" + encodeText(value.toString()));
    } else {
      throw new IllegalArgumentException("Cannot form-encode a " + value.getClass().getSimpleName());
    }
  }

  private static String encodeText(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
