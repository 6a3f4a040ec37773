package vn.langnghe.market.shipping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * GHN's status webhook as documented (api.ghn.vn/home/docs/detail?id=47): {@code OrderCode},
 * {@code ClientOrderCode}, {@code Status}, {@code Type} (create, switch_status, update_weight,
 * update_cod, update_fee), {@code Time}, {@code CODAmount}, {@code CODTransferDate},
 * {@code ShopID}, {@code Reason}. Only the fields we act on are read.
 */
public record GhnNotice(String orderCode, String clientOrderCode, String status, String type,
    Instant time, long codAmount, Instant codTransferDate, long shopId, String reason) {

  /** Empty when the body is not a GHN notice (no OrderCode or Status). */
  public static Optional<GhnNotice> parse(String body) {
    JsonNode json = GhnJson.parse(body);
    String orderCode = GhnJson.text(json, "OrderCode");
    String status = GhnJson.text(json, "Status");
    if (orderCode == null || orderCode.isBlank() || status == null || status.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new GhnNotice(orderCode.strip(), GhnJson.text(json, "ClientOrderCode"),
        status.strip().toLowerCase(java.util.Locale.ROOT), GhnJson.text(json, "Type"),
        GhnJson.time(json, "Time"), GhnJson.number(json, "CODAmount"),
        GhnJson.time(json, "CODTransferDate"), GhnJson.number(json, "ShopID"),
        GhnJson.text(json, "Reason")));
  }
}
