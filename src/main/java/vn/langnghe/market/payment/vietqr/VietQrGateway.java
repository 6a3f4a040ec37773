package vn.langnghe.market.payment.vietqr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.payment.PaymentGateway;
import vn.langnghe.market.payment.PaymentMethod;

/**
 * VietQR bank transfer to the marketplace's own account. The shopper scans a QR code that fills
 * in our account, the amount and a memo unique to the payment attempt; their bank moves the money
 * over NAPAS 247; our bank tells us through a signed webhook. Configured by {@code
 * market.vietqr.*}.
 *
 * <h2>The bank's webhook</h2>
 * {@code POST /api/payments/vietqr/webhook}, a JSON body ({@link BankTransferNotice}) and the
 * header {@code X-Signature}: lower-case hex HMAC-SHA256 of the raw body keyed by {@code
 * market.vietqr.webhook-secret}. There is no timestamp header: the bank's {@code transactionId}
 * is the event id, so a replayed notice is recognised as a duplicate and changes nothing. A
 * notice is matched to a payment by the memo found in its description ({@link
 * VietQrTransfer#referenceIn}) and then by amount: a transfer with no recognisable memo, or with
 * another amount than the attempt's, goes to the review list, never silently accepted.
 *
 * <h2>What banks do not offer here</h2>
 * No status query: a transfer we were not told of is not found by reconciliation (the statement
 * is). No refund API: money owed back is paid back by a person with an ordinary transfer, so a
 * refund sent here fails at once for a person to carry out.
 */
@ApplicationScoped
public class VietQrGateway implements PaymentGateway {

  @Inject @ConfigProperty(name = "market.vietqr.bank-bin") Optional<String> bankBin;
  @Inject @ConfigProperty(name = "market.vietqr.account-number") Optional<String> accountNumber;
  @Inject @ConfigProperty(name = "market.vietqr.account-name") Optional<String> accountName;
  @Inject @ConfigProperty(name = "market.vietqr.bank-name") Optional<String> bankName;
  @Inject @ConfigProperty(name = "market.vietqr.webhook-secret") Optional<String> webhookSecret;

  /** Where shoppers send the money, as the order page shows it beside the QR code. */
  public record Payee(String bankBin, String bankName, String accountNumber, String accountName) {}

  @Override
  public PaymentMethod method() {
    return PaymentMethod.VIETQR;
  }

  public Payee payee() {
    return new Payee(required(bankBin, "bank-bin"), bankName.orElse(null),
        required(accountNumber, "account-number"), required(accountName, "account-name"));
  }

  @Override
  public Step start(Start start) {
    return Step.qr(new VietQrTransfer(required(bankBin, "bank-bin"),
        required(accountNumber, "account-number"), start.amountVnd(),
        VietQrTransfer.memoFor(start.reference())).payload());
  }

  @Override
  public Check check(Inbound callback) {
    if (!signature().verify(callback.body(), callback.header("x-signature"))) {
      return Check.rejected(Verification.BAD_SIGNATURE, "X-Signature does not match the body");
    }
    BankTransferNotice notice;
    try {
      notice = BankTransferNotice.read(callback.body());
    } catch (IllegalArgumentException malformed) {
      return Check.rejected(Verification.MALFORMED, malformed.getMessage());
    }
    if (!notice.accountNumber().equals(required(accountNumber, "account-number"))) {
      return Check.rejected(Verification.MALFORMED, "a transaction on another account");
    }
    String reference = VietQrTransfer.referenceIn(notice.description()).orElse(null);
    if (notice.amountVnd() <= 0) {
      // money going out (a refund paid by hand, fees) is not a payment
      return new Check(Verification.VALID, notice.transactionId(), reference, null,
          Outcome.IGNORED, notice.transactionId(), "outgoing " + notice.amountVnd());
    }
    return new Check(Verification.VALID, notice.transactionId(), reference, notice.amountVnd(),
        Outcome.PAID, notice.transactionId(),
        reference == null ? "no memo in \"" + notice.description() + "\"" : "memo of " + reference);
  }

  /** Banks offer no status query for a transfer: it stays pending until the webhook says. */
  @Override
  public Report query(Attempt attempt) {
    return Report.pending("no status query for bank transfers");
  }

  /** Not retryable: only a person can send the money back, by an ordinary bank transfer. */
  @Override
  public RefundReport refund(RefundOrder refund) {
    return RefundReport.failed(false, "refund by bank transfer by hand: "
        + refund.amountVnd() + " VND for transaction " + refund.payment().gatewayRef());
  }

  private WebhookSignature signature() {
    return new WebhookSignature(required(webhookSecret, "webhook-secret"));
  }

  private static String required(Optional<String> value, String name) {
    return value.filter(v -> !v.isBlank())
        .orElseThrow(() -> new IllegalStateException("market.vietqr." + name + " is not set"));
  }
}
