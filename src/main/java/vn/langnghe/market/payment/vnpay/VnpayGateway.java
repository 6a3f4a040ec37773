package vn.langnghe.market.payment.vnpay;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.payment.PaymentGateway;
import vn.langnghe.market.payment.PaymentMethod;

/**
 * VNPay 2.1.0: the signed pay URL the shopper is sent to, the IPN (the only authority on whether
 * a payment succeeded), and the merchant API's querydr and refund. Configured by {@code
 * market.vnpay.*}; the demo run and the tests point it at our simulator, production at VNPay.
 */
@ApplicationScoped
public class VnpayGateway implements PaymentGateway {

  private static final Logger LOG = Logger.getLogger(VnpayGateway.class.getName());

  @Inject @ConfigProperty(name = "market.vnpay.tmn-code") Optional<String> tmnCode;
  @Inject @ConfigProperty(name = "market.vnpay.hash-secret") Optional<String> hashSecret;
  @Inject @ConfigProperty(name = "market.vnpay.pay-url") String payUrl;
  @Inject @ConfigProperty(name = "market.vnpay.api-url") String apiUrl;
  @Inject @ConfigProperty(name = "market.vnpay.server-ip") String serverIp;
  @Inject @ConfigProperty(name = "market.vnpay.timeout") Duration timeout;
  @Inject @ConfigProperty(name = "market.public-url") String publicUrl;
  @Inject Clock clock;

  private HttpClient http;

  @PostConstruct
  void connect() {
    http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public PaymentMethod method() {
    return PaymentMethod.VNPAY;
  }

  /** The terminal and secret are present; production refuses to start without them. */
  public boolean configured() {
    return tmnCode.filter(s -> !s.isBlank()).isPresent() && hashSecret.filter(s -> !s.isBlank()).isPresent();
  }

  public String returnUrl() {
    return publicUrl + "/api/payments/vnpay/return";
  }

  @Override
  public Step start(Start start) {
    VnpayPayRequest request = new VnpayPayRequest(terminal(), start.amountVnd(), start.reference(),
        "Thanh toan don hang " + start.orderNumber(), "other", "vn", returnUrl(),
        start.shopperIp() == null ? serverIp : start.shopperIp(), start.createdAt(),
        start.expiresAt(), null);
    return Step.redirect(signature().payUrl(payUrl, request));
  }

  @Override
  public Check check(Inbound callback) {
    Optional<Map<String, String>> fields = VnpaySignature.parseQuery(callback.rawQuery());
    if (fields.isEmpty() || !fields.get().containsKey(VnpaySignature.SECURE_HASH)) {
      return Check.rejected(Verification.MALFORMED, "not a VNPay query");
    }
    Optional<VnpayCallback> verified = signature().verified(fields.get());
    if (verified.isEmpty()) {
      return Check.rejected(Verification.BAD_SIGNATURE, "vnp_SecureHash does not match");
    }
    VnpayCallback ipn = verified.get();
    if (!terminal().equals(ipn.field("vnp_TmnCode").orElse(""))) {
      return Check.rejected(Verification.MALFORMED, "another terminal's transaction");
    }
    long amount;
    try {
      amount = ipn.amountVnd();
    } catch (IllegalArgumentException badAmount) {
      return Check.rejected(Verification.MALFORMED, badAmount.getMessage());
    }
    return new Check(Verification.VALID, null, ipn.txnRef(), amount, outcomeOf(ipn),
        ipn.transactionNo(), "vnp_ResponseCode=" + ipn.field("vnp_ResponseCode").orElse(""));
  }

  private static Outcome outcomeOf(VnpayCallback ipn) {
    if (ipn.paid()) {
      return Outcome.PAID;
    }
    // 01: not finished yet; anything else ended the attempt without money (24 cancelled, 51 funds)
    return "01".equals(ipn.field("vnp_TransactionStatus").orElse("")) ? Outcome.IGNORED : Outcome.FAILED;
  }

  @Override
  public Report query(Attempt attempt) {
    VnpayQuery query = new VnpayQuery(requestId(), terminal(), attempt.reference(),
        "Truy van GD " + attempt.reference(), attempt.createdAt(), clock.instant(), serverIp);
    Optional<VnpayApiReply> reply = call(signature().queryBody(query));
    if (reply.isEmpty()) {
      return Report.pending("no verifiable answer");
    }
    VnpayApiReply answer = reply.get();
    if (!"00".equals(answer.responseCode())) {
      // 91: VNPay has no such transaction; the shopper may still be on the pay page
      return Report.pending(answer.toString());
    }
    return switch (answer.transactionStatus()) {
      case "00" -> new Report(Outcome.PAID, answer.amountVnd().orElse(null),
          answer.field("vnp_TransactionNo"), answer.toString());
      case "01" -> Report.pending(answer.toString());
      default -> new Report(Outcome.FAILED, null, null, answer.toString());
    };
  }

  @Override
  public RefundReport refund(RefundOrder refund) {
    Attempt paid = refund.payment();
    if (paid.gatewayRef() == null) {
      return RefundReport.failed(false, "VNPay's transaction number is unknown");
    }
    VnpayRefund request = new VnpayRefund(refund.requestId(), terminal(),
        refund.full() ? VnpayRefund.Type.FULL : VnpayRefund.Type.PARTIAL, paid.reference(),
        refund.amountVnd(), paid.gatewayRef(), paid.createdAt(), "langnghe-market",
        clock.instant(), serverIp, "Hoan tien GD " + paid.reference());
    Optional<VnpayApiReply> reply = call(signature().refundBody(request));
    if (reply.isEmpty()) {
      return RefundReport.failed(true, "no verifiable answer from VNPay");
    }
    VnpayApiReply answer = reply.get();
    return switch (answer.responseCode()) {
      case "00" -> RefundReport.done(answer.field("vnp_TransactionNo"));
      // 94: a request for it is being handled; 99: VNPay's own error; both may pass
      case "94", "99" -> RefundReport.failed(true, answer.toString());
      default -> RefundReport.failed(false, answer.toString());
    };
  }

  private Optional<VnpayApiReply> call(String jsonBody) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl))
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        LOG.warning("VNPay's API answered HTTP " + response.statusCode());
        return Optional.empty();
      }
      Optional<VnpayApiReply> reply = VnpayApiReply.verified(response.body(), signature());
      if (reply.isEmpty()) {
        LOG.warning("VNPay's API answer did not verify; ignored");
      }
      return reply;
    } catch (IOException e) {
      LOG.warning("VNPay's API could not be reached: " + e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String requestId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private String terminal() {
    return tmnCode.orElseThrow(() -> new IllegalStateException("market.vnpay.tmn-code is not set"));
  }

  private VnpaySignature signature() {
    return new VnpaySignature(hashSecret.orElseThrow(
        () -> new IllegalStateException("market.vnpay.hash-secret is not set")));
  }
}
