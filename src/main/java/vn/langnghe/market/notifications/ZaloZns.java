package vn.langnghe.market.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Our small client of Zalo's ZNS "send a template message" API: {@code POST
 * {url}/message/template} with the OA's token in the {@code access_token} header and {@code
 * {phone: "84…", template_id, template_data: {...}, tracking_id}}; Zalo answers {@code {error: 0,
 * message, data: {msg_id, sent_time, quota}}} or a negative {@code error}.
 */
@ApplicationScoped
public class ZaloZns {

  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * ZNS refusals that trying again will not change: phone invalid (-108), template id invalid
   * (-109), template data empty or invalid (-111, -112), no Zalo account for the phone (-118),
   * the account cannot receive ZNS (-119).
   */
  static final Set<Integer> LASTING_ERRORS = Set.of(-108, -109, -111, -112, -118, -119);

  @Inject ZaloSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** What became of one send. */
  public record Outcome(boolean sent, String msgId, boolean lasting, String error) {
    static Outcome sent(String msgId) {
      return new Outcome(true, msgId, false, null);
    }

    static Outcome failed(boolean lasting, String error) {
      return new Outcome(false, null, lasting, error);
    }
  }

  /** @param phone E.164 ({@code +84…}); ZNS takes it as {@code 84…} */
  public Outcome send(String phone, String templateId, Map<String, String> data, String trackingId) {
    ZaloSettings.Endpoint endpoint = settings.endpoint();
    ObjectNode body = JSON.createObjectNode();
    body.put("phone", phone.startsWith("+") ? phone.substring(1) : phone);
    body.put("template_id", templateId);
    ObjectNode templateData = body.putObject("template_data");
    data.forEach(templateData::put);
    body.put("tracking_id", trackingId);
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url() + "/message/template"))
        .timeout(endpoint.timeout())
        .header("Content-Type", "application/json")
        .header("access_token", endpoint.accessToken())
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Outcome.failed(false, "ZNS unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(false, "interrupted");
    }
    return outcome(response.statusCode(), response.body());
  }

  static Outcome outcome(int status, String text) {
    if (status != 200) {
      return Outcome.failed(false, "ZNS answered HTTP " + status);
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(text);
    } catch (IOException e) {
      return Outcome.failed(false, "ZNS answered no JSON");
    }
    if (answer == null || !answer.path("error").isInt()) {
      return Outcome.failed(false, "ZNS answered without an error code");
    }
    int error = answer.get("error").asInt();
    if (error == 0) {
      return Outcome.sent(answer.at("/data/msg_id").asText(null));
    }
    return Outcome.failed(LASTING_ERRORS.contains(error),
        "ZNS error " + error + ": " + answer.path("message").asText(""));
  }
}
