package vn.langnghe.market.shipping.sandbox;

import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.places.Region;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.langnghe.market.shipping.GhnSettings;

/**
 * Giao Hàng Nhanh as the demo run and the tests meet it: its API v2 paths and JSON (fee, create,
 * detail, detail-by-client-code, cancel), its Token and ShopId headers, codes like its own, and
 * its webhook sent to our server for each step an order is moved along (ready_to_pick → picking
 * → picked → delivering → delivered, or … → delivery_fail → waiting_to_return → return →
 * returned), then the COD handed over (CODTransferDate). Orders live in memory. A switch makes
 * it answer 500, or wait past the client's timeout, for the fault tests.
 */
@ApplicationScoped
public class GhnSimulator {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> DELIVERED_PATH =
      List.of("ready_to_pick", "picking", "picked", "delivering", "delivered");
  static final List<String> RETURNED_PATH = List.of("ready_to_pick", "picking", "picked",
      "delivering", "delivery_fail", "waiting_to_return", "return", "returned");
  private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  /** How the simulator misbehaves on its API paths. */
  public enum Fault { NONE, ERROR, TIMEOUT }

  /** A reply in GHN's envelope. */
  record Answer(int status, JsonNode body) {}

  static final class SimOrder {
    final String orderCode;
    final String clientOrderCode;
    final JsonNode request;
    final long totalFee;
    final Instant created;
    volatile String status = "ready_to_pick";
    volatile Instant codTransferDate;

    SimOrder(String orderCode, String clientOrderCode, JsonNode request, long totalFee, Instant created) {
      this.orderCode = orderCode;
      this.clientOrderCode = clientOrderCode;
      this.request = request;
      this.totalFee = totalFee;
      this.created = created;
    }
  }

  @Inject GhnSettings settings;
  @Inject Clock clock;
  @Inject Places places;

  private final Map<String, SimOrder> byCode = new ConcurrentHashMap<>();
  private final Map<String, SimOrder> byClientCode = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile Fault fault = Fault.NONE;

  public void fault(Fault mode) {
    fault = mode;
  }

  public Fault fault() {
    return fault;
  }

  /** Null when the headers name our account; otherwise GHN's refusal. */
  Answer refused(String token, String shopId) {
    GhnSettings.Account account = settings.account();
    if (token == null || !token.equals(account.token())) {
      return error(401, "Token is invalid", "USER_ERR_AUTHEN");
    }
    if (shopId == null || !shopId.strip().equals(Long.toString(account.shopId()))) {
      return error(400, "ShopID is invalid", "SHOP_NOT_FOUND");
    }
    return null;
  }

  /** The fault switch: GHN failing instead of answering; null when it answers. */
  Answer misbehave() {
    return fault == Fault.ERROR ? error(500, "Internal server error", "SERVER_ERR_COMMON") : null;
  }

  /**
   * With the timeout switch on, GHN does the work and then answers past the client's patience:
   * the order exists at GHN though the caller never heard of it.
   */
  void linger() {
    if (fault != Fault.TIMEOUT) {
      return;
    }
    try {
      Thread.sleep(settings.account().timeout().plusSeconds(1).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Answer fee(JsonNode body) {
    int weight = body.path("weight").asInt(0);
    if (weight <= 0) {
      return error(400, "weight is required", "USER_ERR_COMMON");
    }
    long total = fee(body, "from", weight);
    ObjectNode data = JSON.createObjectNode();
    data.put("total", total).put("service_fee", total).put("insurance_fee", 0)
        .put("pick_station_fee", 0).put("coupon_value", 0).put("r2s_fee", 0);
    return ok(data);
  }

  /**
   * GHN-like: a base by distance (same ward; same province, "nội tỉnh"; same region, "nội
   * miền"; another region, "liên miền") covering 500 g, then 5.500 ₫ for every further 500 g or
   * part. The wards' provinces come from their codes, as GHN's master data knows them.
   */
  long fee(JsonNode body, String fromPrefix, int weight) {
    long base = switch (distance(body, fromPrefix)) {
      case SAME_WARD -> 16_500;
      case SAME_PROVINCE -> 22_000;
      case SAME_REGION -> 30_000;
      case OTHER_REGION -> 36_500;
    };
    long steps = (Math.max(0, weight - 500) + 499) / 500;
    return base + steps * 5_500;
  }

  /** GHN's leadtime: when a parcel booked now is expected at the recipient's. */
  Answer leadtime(JsonNode body) {
    if (body.path("to_ward_code").asText("").isBlank()) {
      return error(400, "to_ward_code is required", "USER_ERR_COMMON");
    }
    int days = switch (distance(body, "from")) {
      case SAME_WARD, SAME_PROVINCE -> 1;
      case SAME_REGION -> 2;
      case OTHER_REGION -> 4;
    };
    Instant now = clock.instant();
    ObjectNode data = JSON.createObjectNode();
    data.put("leadtime", now.plus(Duration.ofDays(days)).getEpochSecond())
        .put("order_date", now.getEpochSecond());
    return ok(data);
  }

  enum Distance { SAME_WARD, SAME_PROVINCE, SAME_REGION, OTHER_REGION }

  private Distance distance(JsonNode body, String fromPrefix) {
    String fromWard = body.path(fromPrefix + "_ward_code").asText("");
    String toWard = body.path("to_ward_code").asText("");
    if (!fromWard.isEmpty() && fromWard.equals(toWard)) {
      return Distance.SAME_WARD;
    }
    String fromProvince = provinceOf(fromWard);
    String toProvince = provinceOf(toWard);
    if (fromProvince != null && fromProvince.equals(toProvince)) {
      return Distance.SAME_PROVINCE;
    }
    Region from = Region.of(fromProvince);
    return from != null && from == Region.of(toProvince) ? Distance.SAME_REGION : Distance.OTHER_REGION;
  }

  private String provinceOf(String wardCode) {
    return wardCode.isEmpty() ? null : places.currentCommune(wardCode)
        .map(AdministrativeUnit::parent)
        .map(AdministrativeUnit::code)
        .orElse(null);
  }

  synchronized Answer create(JsonNode body) {
    for (String field : List.of("to_name", "to_phone", "to_address", "to_ward_name", "to_province_name")) {
      if (body.path(field).asText("").isBlank()) {
        return error(400, field + " is required", "USER_ERR_COMMON");
      }
    }
    int weight = body.path("weight").asInt(0);
    if (weight <= 0 || weight > 50_000) {
      return error(400, "weight must be between 1 and 50000 gram", "USER_ERR_COMMON");
    }
    long cod = body.path("cod_amount").asLong(0);
    if (cod < 0 || cod > 50_000_000) {
      return error(400, "cod_amount must be between 0 and 50000000", "USER_ERR_COMMON");
    }
    String clientCode = body.path("client_order_code").asText("");
    if (!clientCode.isEmpty() && byClientCode.containsKey(clientCode)) {
      return error(400, "client_order_code " + clientCode + " already exists", "USER_ERR_COMMON");
    }
    String code;
    do {
      StringBuilder b = new StringBuilder("L");
      for (int i = 0; i < 7; i++) {
        b.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
      }
      code = b.toString();
    } while (byCode.containsKey(code));
    Instant now = clock.instant();
    SimOrder order = new SimOrder(code, clientCode, body.deepCopy(), fee(body, "from", weight), now);
    byCode.put(code, order);
    if (!clientCode.isEmpty()) {
      byClientCode.put(clientCode, order);
    }
    ObjectNode data = JSON.createObjectNode();
    data.put("order_code", code).put("sort_code", "190-HY-01").put("trans_type", "truck")
        .put("total_fee", order.totalFee)
        .put("expected_delivery_time", now.plus(Duration.ofDays(3)).toString());
    data.putObject("fee").put("main_service", order.totalFee).put("insurance", 0)
        .put("station_do", 0).put("station_pu", 0).put("return", 0).put("r2s", 0).put("coupon", 0);
    return ok(data);
  }

  Answer detail(String orderCode) {
    SimOrder order = orderCode == null ? null : byCode.get(orderCode);
    return order == null ? error(400, "Order not found", "ORDER_NOT_FOUND") : ok(detail(order));
  }

  Answer detailByClientCode(String clientCode) {
    SimOrder order = clientCode == null ? null : byClientCode.get(clientCode);
    if (order == null) {
      return error(400, "Order not found", "ORDER_NOT_FOUND");
    }
    ArrayNode data = JSON.createArrayNode();
    data.add(detail(order));
    return ok(data);
  }

  Answer cancel(JsonNode body) {
    ArrayNode data = JSON.createArrayNode();
    for (JsonNode code : body.path("order_codes")) {
      SimOrder order = byCode.get(code.asText());
      boolean done = order != null && (order.status.equals("ready_to_pick") || order.status.equals("picking"));
      if (done) {
        order.status = "cancel";
        notify(order, "switch_status");
      }
      data.addObject().put("order_code", code.asText()).put("result", done)
          .put("message", done ? "OK" : "Order cannot be cancelled");
    }
    return ok(data);
  }

  /** One sandbox step: the status reached and what our webhook answered (0: not reached). */
  public record Step(String status, int webhookStatus) {}

  /**
   * Moves an order along its path to {@code target}, one status at a time, sending the webhook
   * for each; {@code cod_transferred} hands the COD of a delivered order over. Null when the
   * order is unknown or the target not on its way.
   */
  public synchronized List<Step> advance(String orderCode, String target) {
    SimOrder order = byCode.get(orderCode);
    if (order == null) {
      return null;
    }
    List<Step> steps = new ArrayList<>();
    if ("cod_transferred".equals(target)) {
      if (!order.status.equals("delivered")) {
        return null;
      }
      order.codTransferDate = clock.instant();
      steps.add(new Step(order.status, notify(order, "switch_status")));
      return steps;
    }
    List<String> path = RETURNED_PATH.contains(target) && !DELIVERED_PATH.contains(target)
        ? RETURNED_PATH : DELIVERED_PATH;
    int from = path.indexOf(order.status);
    int to = path.indexOf(target);
    if (from < 0 || to < 0 || to < from) {
      return null;
    }
    for (int i = from + 1; i <= to; i++) {
      order.status = path.get(i);
      steps.add(new Step(order.status, notify(order, "switch_status")));
    }
    return steps;
  }

  /** The codes of every order GHN holds under a client order code (GHN itself allows one). */
  public List<String> codesOf(String clientOrderCode) {
    return byCode.values().stream().filter(o -> o.clientOrderCode.equals(clientOrderCode))
        .map(o -> o.orderCode).sorted().toList();
  }

  /** Sends the order's current state to our webhook as GHN would again (a repeat). */
  public Integer resend(String orderCode) {
    SimOrder order = byCode.get(orderCode);
    return order == null ? null : notify(order, "switch_status");
  }

  /** GHN's webhook body (api.ghn.vn/home/docs/detail?id=47) for the order as it stands. */
  ObjectNode notice(SimOrder order, String type) {
    ObjectNode n = JSON.createObjectNode();
    n.put("CODAmount", order.request.path("cod_amount").asLong(0));
    if (order.codTransferDate == null) {
      n.putNull("CODTransferDate");
    } else {
      n.put("CODTransferDate", order.codTransferDate.toString());
    }
    n.put("ClientOrderCode", order.clientOrderCode);
    n.put("ConvertedWeight", order.request.path("weight").asInt());
    n.put("Description", type.equals("create") ? "Tạo đơn hàng" : "Cập nhật trạng thái");
    ObjectNode fee = n.putObject("Fee");
    fee.put("CODFailedFee", 0).put("CODFee", 0).put("Coupon", 0).put("DeliverRemoteAreasFee", 0)
        .put("DocumentReturn", 0).put("DoubleCheck", 0).put("Insurance", 0)
        .put("MainService", order.totalFee).put("PickRemoteAreasFee", 0).put("R2S", 0)
        .put("Return", 0).put("StationDO", 0).put("StationPU", 0).put("Total", order.totalFee);
    n.put("Height", order.request.path("height").asInt());
    n.put("IsPartialReturn", false);
    n.put("Length", order.request.path("length").asInt());
    n.put("OrderCode", order.orderCode);
    n.put("PartialReturnCode", "");
    n.put("PaymentType", order.request.path("payment_type_id").asInt(1));
    n.put("Reason", order.status.equals("delivery_fail") ? "Không liên lạc được người nhận" : "");
    n.put("ReasonCode", order.status.equals("delivery_fail") ? "GHN-DFC1A0" : "");
    n.put("ShopID", settings.account().shopId());
    n.put("Status", order.status);
    n.put("Time", clock.instant().toString());
    n.put("TotalFee", order.totalFee);
    n.put("Type", type);
    n.put("Warehouse", "Bưu cục Kiến Xương - Hưng Yên");
    n.put("Weight", order.request.path("weight").asInt());
    n.put("Width", order.request.path("width").asInt());
    return n;
  }

  private int notify(SimOrder order, String type) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(notice(order, type).toString(), StandardCharsets.UTF_8))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private ObjectNode detail(SimOrder order) {
    ObjectNode d = order.request.deepCopy();
    d.put("order_code", order.orderCode);
    d.put("client_order_code", order.clientOrderCode);
    d.put("shop_id", settings.account().shopId());
    d.put("status", order.status);
    d.put("cod_amount", order.request.path("cod_amount").asLong(0));
    d.put("is_cod_collected", order.status.equals("delivered"));
    d.put("is_cod_transferred", order.codTransferDate != null);
    if (order.codTransferDate == null) {
      d.putNull("cod_transfer_date");
    } else {
      d.put("cod_transfer_date", order.codTransferDate.toString());
    }
    d.put("created_date", order.created.toString());
    return d;
  }

  private static Answer ok(JsonNode data) {
    ObjectNode body = JSON.createObjectNode();
    body.put("code", 200).put("message", "Success").set("data", data);
    return new Answer(200, body);
  }

  static Answer error(int status, String message, String codeMessage) {
    ObjectNode body = JSON.createObjectNode();
    body.put("code", status).put("message", message).putNull("data");
    body.put("code_message", codeMessage);
    return new Answer(status, body);
  }
}
