package vn.langnghe.market.payment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.payment.vietqr.BankTransferNotice;
import vn.langnghe.market.payment.vietqr.WebhookSignature;

/**
 * Our bank's side of a VietQR payment, for the demo run and the tests: a shopper's transfer
 * arrives on the configured account, and the bank sends its signed webhook from the server side,
 * with the memo inside the bank's own description text as real statements have it.
 */
@ApplicationScoped
public class BankTransferSimulator {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Inject @ConfigProperty(name = "market.vietqr.account-number") Optional<String> accountNumber;
  @Inject @ConfigProperty(name = "market.vietqr.webhook-secret") Optional<String> webhookSecret;
  @Inject @ConfigProperty(name = "market.public-url") String publicUrl;
  @Inject Clock clock;

  private final AtomicLong transactionNumbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
  private final CallbackSender sender = new CallbackSender();

  /** What the bank sent, and what our webhook answered. */
  public record Delivered(String transactionId, int status, String answer) {}

  /**
   * A transfer of {@code amountVnd} whose transfer text is {@code memo}; {@code transactionId}
   * null for a new transaction, or a former one's id to have the bank send it again.
   */
  public Delivered transfer(String memo, long amountVnd, String transactionId) {
    String id = transactionId != null ? transactionId : "FT" + transactionNumbers.incrementAndGet();
    BankTransferNotice notice = new BankTransferNotice(id, accountNumber.orElseThrow(), amountVnd,
        "MBVCB." + id + "." + memo + ".CT tu 9704229999 NGUYEN VAN A",
        clock.instant().atZone(VIETNAM).toOffsetDateTime().withNano(0));
    byte[] body = notice.json();
    CallbackSender.Delivery answer = sender.send(
        HttpRequest.newBuilder(URI.create(publicUrl + "/api/payments/vietqr/webhook"))
            .header("Content-Type", "application/json")
            .header(WebhookSignature.HEADER, new WebhookSignature(webhookSecret.orElseThrow()).sign(body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    return new Delivered(id, answer.status(), answer.body());
  }
}
