package vn.langnghe.market.returns;

import java.time.Instant;
import java.util.List;

/** What the returns API takes and answers. */
public final class ReturnViews {

  private ReturnViews() {}

  public record LineAsk(String sku, Integer quantity) {}

  /** The COD buyer's account for a bank-transfer refund (bank by NAPAS BIN, as /api/banks lists). */
  public record BankAccount(String bankBin, String accountNumber, String accountName) {}

  public record ReturnAsk(Long shopOrderId, List<LineAsk> lines, String reason, String text,
      List<Long> imageIds, BankAccount bankAccount) {}

  public record RefuseRequest(String reason) {}

  public record Restock(String sku, Integer quantity) {}

  /** {@code restock}: the pieces fit to sell again (absent: none); the rest are written off. */
  public record ReceivedRequest(List<Restock> restock) {}

  public record ParcelRequest(String carrier, String trackingCode) {}

  public record EscalateRequest(String text) {}

  public record DecideRequest(Long refundVnd, String note) {}

  public record PaidRequest(String bankReference) {}

  public record ReturnPolicy(Boolean acceptsChangedMind) {}

  public record LineView(String sku, String title, int quantity, long unitPriceVnd, long lineTotalVnd,
      int restocked) {}

  public record PhotoView(long id, String url) {}

  public record StepView(Instant at, String actor, String action, String detail) {}

  public record DecisionView(long refundVnd, String note, Instant decidedAt) {}

  public record MessageView(String side, String text, Instant at) {}

  /**
   * A return as its buyer, its shop and officers see it. {@code refundStatus}: the gateway refund's
   * state (DUE, SENDING, SUCCEEDED, FAILED) or the bank transfer's (DUE, PAID); null before.
   * {@code pickup}: the carrier order booked to take the parcel back (null: none, or by hand);
   * {@code parcelDeliveredAt}: when that carrier delivered it back to the shop.
   */
  public record ReturnView(long id, String orderNumber, long shopOrderId, String shopName,
      String paymentMethod, String reason, String text, String status, long amountVnd,
      long refundedVnd, String refundStatus, long refundableVnd, Instant dueAt, boolean overdue,
      String refusalReason, String carrier, String trackingCode, List<LineView> lines,
      List<PhotoView> photos, String escalationText, Instant escalatedAt, DecisionView decision,
      List<StepView> steps, List<MessageView> messages, Instant createdAt, Instant closedAt,
      vn.langnghe.market.shipping.ParcelView pickup, Instant parcelDeliveredAt) {}

  /** One row of the officers' list. */
  public record DisputeRow(long id, String orderNumber, long shopOrderId, String shopName,
      String reason, String status, long amountVnd, Instant escalatedAt, Instant dueAt,
      boolean overdue) {}

  public record BankRefundView(long id, long returnId, String orderNumber, long amountVnd,
      String bankBin, String accountNumber, String accountName, String status, Instant createdAt,
      Instant paidAt, String bankReference) {}

  public record ComplaintRow(String key, String label, long returns, long disputes, long refunded,
      long refundedVnd, long resolved, Double medianHoursToResolve) {}

  public record ComplaintReport(String from, String to, String groupBy, List<ComplaintRow> rows,
      ComplaintRow totals, long openOverdue) {}
}
