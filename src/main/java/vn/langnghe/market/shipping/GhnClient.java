package vn.langnghe.market.shipping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Giao Hàng Nhanh's public API v2 over plain HTTP (api.ghn.vn/home/docs): every call is a JSON
 * POST under {@code /shiip/public-api} with the {@code Token} and {@code ShopId} headers, and
 * every answer is {@code {code, message, data}}. Short timeouts; an unreachable, slow or failing
 * GHN is a {@link CarrierUnavailableException}, a refusal a {@link CarrierRefusedException}.
 */
@ApplicationScoped
public class GhnClient {

  private static final Logger LOG = Logger.getLogger(GhnClient.class.getName());
  static final String CREATE = "/shiip/public-api/v2/shipping-order/create";
  static final String FEE = "/shiip/public-api/v2/shipping-order/fee";
  static final String LEADTIME = "/shiip/public-api/v2/shipping-order/leadtime";
  static final String DETAIL = "/shiip/public-api/v2/shipping-order/detail";
  static final String DETAIL_BY_CLIENT_CODE = "/shiip/public-api/v2/shipping-order/detail-by-client-code";
  static final String CANCEL = "/shiip/public-api/v2/switch-status/cancel";
  /** GHN's limits: a parcel of at most 5.000.000 ₫ declared value, a content of 2,000 characters. */
  static final long MAX_INSURANCE_VND = 5_000_000;
  static final int MAX_CONTENT = 2000;
  /** 2: GHN's e-commerce (light parcel) service; 1: the shop pays the fee, the buyer paid us. */
  static final int SERVICE_TYPE_LIGHT = 2;
  static final int SHOP_PAYS = 1;

  @Inject GhnSettings settings;

  private volatile HttpClient http;

  /** An order's state as GHN's detail tells it. */
  public record Detail(String orderCode, String clientOrderCode, String status, long codVnd,
      Instant codTransferDate) {}

  /** GHN's fee for a parcel, in VND. */
  public record Fee(long totalVnd, long serviceVnd, long insuranceVnd) {}

  /** An answer: the HTTP status and GHN's envelope. */
  record Answer(int status, int code, String message, JsonNode data, String raw) {
    boolean ok() {
      return status / 100 == 2 && (code == 200 || code == 0);
    }

    /** GHN said no to the request itself; a rejected Token or ShopId is our trouble, not a refusal. */
    boolean refused() {
      return status / 100 == 4 && status != 401 && status != 403;
    }

    static Answer of(int status, String body) {
      JsonNode json = GhnJson.parse(body);
      return new Answer(status, (int) GhnJson.number(json, "code"),
          String.valueOf(GhnJson.text(json, "message")), json.path("data"), body);
    }
  }

  public boolean enabled() {
    return settings.account().enabled();
  }

  /**
   * Creates the GHN order of a parcel, or finds the one created before under the same
   * {@code client_order_code} (GHN refuses a second: a retry after a timeout, or two presses at
   * once, come back to the first).
   */
  public Booking create(ParcelOrder order) {
    Answer answer = call(CREATE, createBody(order));
    if (answer.ok()) {
      return booking(order, answer.data(), settings);
    }
    if (answer.refused()) {
      Optional<Detail> earlier = detailByClientCode(order.clientOrderCode());
      if (earlier.isPresent()) {
        Detail d = earlier.get();
        return new Booking(order.shopOrderId(), Parcel.GHN, d.orderCode(), order.clientOrderCode(),
            d.codVnd(), 0, null, settings.trackingUrl(d.orderCode()));
      }
      throw new CarrierRefusedException("GHN refused the parcel: " + answer.message());
    }
    throw unavailable("create", answer);
  }

  public Fee fee(ParcelOrder order) {
    Answer answer = call(FEE, feeBody(order));
    if (!answer.ok()) {
      throw unavailable("fee", answer);
    }
    return readFee(answer.data());
  }

  /** When GHN expects a parcel booked now to reach the recipient (its {@code leadtime}). */
  public Instant leadtime(ParcelOrder order) {
    ObjectNode body = GhnJson.MAPPER.createObjectNode();
    body.put("service_id", 0).put("service_type_id", SERVICE_TYPE_LIGHT);
    body.put("from_ward_code", order.from().communeCode());
    body.put("to_ward_code", order.to().communeCode());
    Answer answer = call(LEADTIME, body);
    long epochSeconds = answer.ok() ? GhnJson.number(answer.data(), "leadtime") : 0;
    if (epochSeconds <= 0) {
      throw unavailable("leadtime", answer);
    }
    return Instant.ofEpochSecond(epochSeconds);
  }

  public Optional<Detail> detailByClientCode(String clientOrderCode) {
    ObjectNode body = GhnJson.MAPPER.createObjectNode().put("client_order_code", clientOrderCode);
    Answer answer = call(DETAIL_BY_CLIENT_CODE, body);
    if (answer.ok()) {
      return readDetail(answer.data());
    }
    if (answer.refused()) {
      return Optional.empty();
    }
    throw unavailable("detail-by-client-code", answer);
  }

  public Optional<Detail> detail(String orderCode) {
    Answer answer = call(DETAIL, GhnJson.MAPPER.createObjectNode().put("order_code", orderCode));
    if (answer.ok()) {
      return readDetail(answer.data());
    }
    if (answer.refused()) {
      return Optional.empty();
    }
    throw unavailable("detail", answer);
  }

  /** Cancels a GHN order (only possible before it is picked up); true when GHN did. */
  public boolean cancel(String orderCode) {
    ObjectNode body = GhnJson.MAPPER.createObjectNode();
    body.putArray("order_codes").add(orderCode);
    Answer answer = call(CANCEL, body);
    if (!answer.ok()) {
      throw unavailable("cancel", answer);
    }
    for (JsonNode result : answer.data()) {
      if (orderCode.equals(GhnJson.text(result, "order_code"))) {
        return result.path("result").asBoolean(false);
      }
    }
    return false;
  }

  // ---- mapping, kept static so that it is tested without a server

  static ObjectNode createBody(ParcelOrder o) {
    ObjectNode body = GhnJson.MAPPER.createObjectNode();
    body.put("payment_type_id", SHOP_PAYS);
    body.put("required_note", "CHOXEMHANGKHONGTHU");
    body.put("client_order_code", o.clientOrderCode());
    party(body, "from", o.from());
    party(body, "return", o.from());
    party(body, "to", o.to());
    body.put("to_ward_code", o.to().communeCode());
    body.put("cod_amount", o.codVnd());
    body.put("content", cut(o.content(), MAX_CONTENT));
    dimensions(body, o.weightGrams());
    body.put("insurance_value", Math.min(o.insuranceVnd(), MAX_INSURANCE_VND));
    body.put("service_type_id", SERVICE_TYPE_LIGHT);
    ArrayNode items = body.putArray("items");
    for (ParcelOrder.Item item : o.items()) {
      items.addObject().put("name", cut(item.name(), 200)).put("code", item.code())
          .put("quantity", item.quantity()).put("price", item.priceVnd());
    }
    return body;
  }

  static ObjectNode feeBody(ParcelOrder o) {
    ObjectNode body = GhnJson.MAPPER.createObjectNode();
    body.put("service_type_id", SERVICE_TYPE_LIGHT);
    body.put("from_ward_code", o.from().communeCode());
    body.put("from_ward_name", o.from().communeName());
    body.put("from_province_name", o.from().provinceName());
    body.put("to_ward_code", o.to().communeCode());
    body.put("to_ward_name", o.to().communeName());
    body.put("to_province_name", o.to().provinceName());
    dimensions(body, o.weightGrams());
    body.put("insurance_value", Math.min(o.insuranceVnd(), MAX_INSURANCE_VND));
    body.put("cod_value", o.codVnd());
    return body;
  }

  static Booking booking(ParcelOrder order, JsonNode data, GhnSettings settings) {
    String code = GhnJson.text(data, "order_code");
    if (code == null || code.isBlank()) {
      throw new CarrierUnavailableException("GHN answered the booking without an order code.");
    }
    return new Booking(order.shopOrderId(), Parcel.GHN, code, order.clientOrderCode(),
        order.codVnd(), GhnJson.number(data, "total_fee"),
        GhnJson.time(data, "expected_delivery_time"), settings.trackingUrl(code));
  }

  static Fee readFee(JsonNode data) {
    return new Fee(GhnJson.number(data, "total"), GhnJson.number(data, "service_fee"),
        GhnJson.number(data, "insurance_fee"));
  }

  /** GHN's detail answers an object, its detail-by-client-code a list of one. */
  static Optional<Detail> readDetail(JsonNode data) {
    JsonNode order = data.isArray() ? data.path(0) : data;
    String code = GhnJson.text(order, "order_code");
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(new Detail(code, GhnJson.text(order, "client_order_code"),
        GhnJson.text(order, "status"), GhnJson.number(order, "cod_amount"),
        GhnJson.time(order, "cod_transfer_date")));
  }

  private static void party(ObjectNode body, String prefix, ParcelOrder.Party p) {
    body.put(prefix + "_name", p.name());
    if (p.phone() != null) {
      body.put(prefix + "_phone", p.phone());
    }
    body.put(prefix + "_address", p.address());
    body.put(prefix + "_ward_name", p.communeName());
    body.put(prefix + "_province_name", p.provinceName());
  }

  /** The catalogue has weights, not sizes: a small craft box, as GHN needs all four. */
  private static void dimensions(ObjectNode body, int weightGrams) {
    body.put("weight", Math.max(1, weightGrams));
    body.put("length", 30);
    body.put("width", 20);
    body.put("height", 15);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  // ---- HTTP

  private Answer call(String path, ObjectNode body) {
    GhnSettings.Account account = settings.account();
    if (!account.enabled()) {
      throw new CarrierUnavailableException("GHN is not configured on this marketplace.");
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(account.apiUrl() + path))
        .timeout(account.timeout())
        .header("Content-Type", "application/json")
        .header("Token", account.token())
        .header("ShopId", Long.toString(account.shopId()))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = client(account).send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return Answer.of(response.statusCode(), response.body());
    } catch (IOException e) {
      LOG.warning("GHN could not be reached at " + path + ": " + e);
      throw new CarrierUnavailableException("GHN could not be reached; nothing was booked, try again shortly.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CarrierUnavailableException("Interrupted while calling GHN.");
    }
  }

  private HttpClient client(GhnSettings.Account account) {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(account.timeout()).build();
    }
    return http;
  }

  private static CarrierUnavailableException unavailable(String what, Answer answer) {
    LOG.warning("GHN " + what + " failed: HTTP " + answer.status() + " " + answer.raw());
    return new CarrierUnavailableException("GHN failed (HTTP " + answer.status()
        + "); nothing was booked, try again shortly.");
  }
}
