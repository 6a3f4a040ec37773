package vn.langnghe.market.notifications.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import vn.langnghe.market.notifications.ZaloSettings;

/**
 * Zalo's ZNS "send a template message" as the demo run and the tests meet it: the
 * {@code access_token} header checked (-124 when wrong), the body's {@code phone} (84…),
 * {@code template_id} and {@code template_data} checked (-108, -109, -111), then the answer in
 * ZNS's envelope {@code {error: 0, message: "Success", data: {msg_id, sent_time, quota}}}. Every
 * accepted message is kept for the tests to read. A switch makes it fail: DOWN answers HTTP 503,
 * ERROR answers the chosen ZNS error code.
 */
@ApplicationScoped
public class ZnsSimulator {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int DAILY_QUOTA = 500;

  public enum Fault { NONE, DOWN, ERROR }

  /** A message ZNS accepted. */
  public record Received(String msgId, String phone, String templateId, Map<String, String> templateData,
      String trackingId, long sentTime) {}

  /** What reached ZNS while it was failing, counted so a test can see the retries. */
  public record Refused(String phone, String trackingId, String why) {}

  record Answer(int status, JsonNode body) {}

  @Inject Clock clock;

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Refused> refused = new CopyOnWriteArrayList<>();
  private final AtomicLong sentToday = new AtomicLong();
  private volatile Fault fault = Fault.NONE;
  private volatile int errorCode = -100;

  public void fault(Fault mode, Integer code) {
    fault = mode;
    errorCode = code == null ? -100 : code;
  }

  public Fault fault() {
    return fault;
  }

  public int errorCode() {
    return errorCode;
  }

  public List<Received> received(String phone) {
    return received.stream().filter(r -> phone == null || r.phone().equals(phone)).toList();
  }

  public List<Refused> refused(String phone) {
    return refused.stream().filter(r -> phone == null || r.phone().equals(phone)).toList();
  }

  Answer send(String accessToken, JsonNode body) {
    String phone = body == null ? "" : body.path("phone").asText("");
    String tracking = body == null ? "" : body.path("tracking_id").asText("");
    if (fault == Fault.DOWN) {
      refused.add(new Refused(phone, tracking, "DOWN"));
      return new Answer(503, JSON.createObjectNode().put("message", "Service Unavailable"));
    }
    if (accessToken == null || !accessToken.equals(ZaloSettings.DEMO_TOKEN)) {
      return error(-124, "Access token invalid");
    }
    if (fault == Fault.ERROR) {
      refused.add(new Refused(phone, tracking, Integer.toString(errorCode)));
      return error(errorCode, "Simulated failure");
    }
    if (body == null || !body.isObject()) {
      return error(-100, "Unknown error");
    }
    if (!phone.matches("84[0-9]{9,10}")) {
      return error(-108, "Phone number invalid");
    }
    String templateId = body.path("template_id").asText("");
    if (templateId.isBlank()) {
      return error(-109, "Template ID invalid");
    }
    JsonNode data = body.path("template_data");
    if (!data.isObject() || data.isEmpty()) {
      return error(-111, "Template data empty");
    }
    Map<String, String> values = new java.util.LinkedHashMap<>();
    data.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    String msgId = UUID.randomUUID().toString().replace("-", "");
    long now = clock.millis();
    received.add(new Received(msgId, phone, templateId, values, tracking, now));
    long used = sentToday.incrementAndGet();
    ObjectNode answer = JSON.createObjectNode().put("error", 0).put("message", "Success");
    ObjectNode result = answer.putObject("data");
    result.put("msg_id", msgId).put("sent_time", Long.toString(now));
    result.putObject("quota").put("dailyQuota", Integer.toString(DAILY_QUOTA))
        .put("remainingQuota", Long.toString(Math.max(0, DAILY_QUOTA - used)));
    return new Answer(200, answer);
  }

  private static Answer error(int code, String message) {
    return new Answer(200, JSON.createObjectNode().put("error", code).put("message", message));
  }

  /** Everything, for a test that wants to list it. */
  public List<Received> all() {
    return new ArrayList<>(received);
  }
}
