package vn.langnghe.market.payment.sandbox;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How a simulator calls our server back, server to server, as its gateway would (VNPay's IPN,
 * Stripe's webhook); what came back is reported, never thrown, as a gateway only logs it.
 */
final class CallbackSender {

  /** Our answer: {@code status} 0 and the reason in {@code body} when there was none. */
  record Delivery(int status, String body) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Delivery send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Delivery(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Delivery(0, "unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery(0, "interrupted");
    }
  }
}
