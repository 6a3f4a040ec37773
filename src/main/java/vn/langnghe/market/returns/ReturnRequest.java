package vn.langnghe.market.returns;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A buyer's return request on one shop order, and the dispute it may become. Its state changes only
 * through the methods below, each of which checks that the step is allowed now; {@code dueAt} is
 * the deadline of the step it waits for.
 */
@Entity
@Table(name = "return_request")
public class ReturnRequest {

  /** Why the buyer sends it back; NOT_RECEIVED is a complaint about a parcel that never came. */
  public enum Reason { WRONG_ITEM, DAMAGED, NOT_AS_DESCRIBED, CHANGED_MIND, NOT_RECEIVED }

  /**
   * REQUESTED (the shop's answer due) → ACCEPTED (the parcel due back) → REFUNDED; REQUESTED →
   * REFUSED → ESCALATED → DECIDED, or CLOSED when the buyer lets the refusal stand.
   */
  public enum Status {
    REQUESTED, ACCEPTED, REFUSED, ESCALATED, REFUNDED, DECIDED, CLOSED;

    boolean open() {
      return this == REQUESTED || this == ACCEPTED || this == REFUSED || this == ESCALATED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_id")
  private long orderId;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "shop_order_id")
  private long shopOrderId;

  /** The shop order while open, null after: the unique key allowing one open return per part. */
  @Column(name = "open_shop_order_id")
  private Long openShopOrderId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "buyer_account_id")
  private long buyerAccountId;

  @Column(name = "payment_method")
  private String paymentMethod;

  @Enumerated(EnumType.STRING)
  private Reason reason;

  private String text;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "amount_vnd")
  private long amountVnd;

  @Column(name = "refunded_vnd")
  private long refundedVnd;

  @Column(name = "refund_id")
  private Long refundId;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "refusal_reason")
  private String refusalReason;

  private String carrier;

  @Column(name = "tracking_code")
  private String trackingCode;

  @Column(name = "parcel_delivered_at")
  private Instant parcelDeliveredAt;

  @Column(name = "bank_bin")
  private String bankBin;

  @Column(name = "bank_account_number")
  private String bankAccountNumber;

  @Column(name = "bank_account_name")
  private String bankAccountName;

  @Column(name = "escalation_text")
  private String escalationText;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decision_refund_vnd")
  private Long decisionRefundVnd;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ReturnLine> lines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "return_image", joinColumns = @JoinColumn(name = "return_id"))
  @Column(name = "image_id")
  private Set<Long> imageIds = new java.util.LinkedHashSet<>();

  protected ReturnRequest() {}

  ReturnRequest(long orderId, String orderNumber, long shopOrderId, long shopId, long buyerAccountId,
      String paymentMethod, Reason reason, String text, Set<Long> imageIds, Instant now,
      Duration answerWithin) {
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    this.shopOrderId = shopOrderId;
    this.openShopOrderId = shopOrderId;
    this.shopId = shopId;
    this.buyerAccountId = buyerAccountId;
    this.paymentMethod = paymentMethod;
    this.reason = reason;
    this.text = text;
    this.imageIds.addAll(imageIds);
    this.status = Status.REQUESTED;
    this.createdAt = now;
    this.updatedAt = now;
    this.dueAt = now.plus(answerWithin);
  }

  void add(ReturnLine line) {
    lines.add(line);
    amountVnd = Math.addExact(amountVnd, line.totalVnd());
  }

  /** The COD buyer's account for the bank-transfer refund. */
  void refundTo(String bin, String number, String name) {
    this.bankBin = bin;
    this.bankAccountNumber = number;
    this.bankAccountName = name;
  }

  private void require(Status... allowed) {
    for (Status s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new ReturnStepException(id, status);
  }

  private void move(Status to, Instant now, Instant due) {
    status = to;
    updatedAt = now;
    dueAt = due;
    if (!to.open()) {
      openShopOrderId = null;
      closedAt = now;
      dueAt = null;
    }
  }

  /** The shop's own answer comes before its deadline: after it, its silence decides (409). */
  void answerable(Instant now) {
    if (status == Status.REQUESTED && dueAt != null && !now.isBefore(dueAt)) {
      throw new vn.langnghe.market.platform.Problems.ConflictException("status", "The time to answer return "
          + id + " ended at " + dueAt + ": the shop's silence decides it.");
    }
  }

  /** The shop (or its silence) accepts: the parcel is due back within {@code receiveWithin}. */
  void accept(Instant now, Duration receiveWithin) {
    require(Status.REQUESTED);
    move(Status.ACCEPTED, now, now.plus(receiveWithin));
  }

  void refuse(String why, Instant now, Duration escalateWithin) {
    require(Status.REQUESTED);
    refusalReason = why;
    move(Status.REFUSED, now, now.plus(escalateWithin));
  }

  /** How the parcel comes back: a carrier and its tracking code. */
  void sentBack(String carrier, String trackingCode, Instant now) {
    require(Status.ACCEPTED);
    this.carrier = carrier;
    this.trackingCode = trackingCode;
    updatedAt = now;
  }

  /** The carrier's pickup was cancelled: the parcel goes back by hand (or not yet). */
  void pickupCancelled(String orderCode, Instant now) {
    if (orderCode.equals(trackingCode)) {
      carrier = null;
      trackingCode = null;
      updatedAt = now;
    }
  }

  /** The carrier delivered the returned parcel back to the shop; true the first time only. */
  boolean parcelDelivered(Instant at, Instant now) {
    if (status != Status.ACCEPTED || parcelDeliveredAt != null) {
      return false;
    }
    parcelDeliveredAt = at;
    updatedAt = now;
    return true;
  }

  /** The shop received the parcel (or nothing was to come back): its lines' money is refunded. */
  void refunded(Long refundId, long refundedVnd, Instant now) {
    require(Status.ACCEPTED);
    this.refundId = refundId;
    // what was actually paid back: less than asked when earlier refunds left less of the part
    this.refundedVnd = refundedVnd;
    move(Status.REFUNDED, now, null);
  }

  /**
   * The buyer takes it to the officers: after a refusal, when the shop does not take its accepted
   * parcel in time, or at once for a parcel that never came.
   */
  void escalate(String why, Instant now, Duration decideWithin) {
    boolean parcelOverdue = status == Status.ACCEPTED && dueAt != null && !now.isBefore(dueAt);
    boolean neverCame = reason == Reason.NOT_RECEIVED && (status == Status.REQUESTED || status == Status.ACCEPTED);
    boolean refusalStands = status == Status.REFUSED && dueAt != null && now.isBefore(dueAt);
    if (!refusalStands && !parcelOverdue && !neverCame) {
      throw new ReturnStepException(id, status);
    }
    escalationText = why;
    escalatedAt = now;
    move(Status.ESCALATED, now, now.plus(decideWithin));
  }

  void decide(long officer, long refundVnd, String note, Long refundId, Instant now) {
    require(Status.ESCALATED);
    decidedBy = officer;
    decidedAt = now;
    decisionRefundVnd = refundVnd;
    decisionNote = note;
    this.refundId = refundId;
    this.refundedVnd = refundVnd;
    move(Status.DECIDED, now, null);
  }

  /** The buyer let the refusal stand past the time to escalate, or sent nothing back in time. */
  void close(Instant now) {
    require(Status.REFUSED, Status.ACCEPTED);
    move(Status.CLOSED, now, null);
  }

  boolean overdue(Instant now) {
    return status.open() && dueAt != null && !now.isBefore(dueAt);
  }

  public Long id() { return id; }
  public long orderId() { return orderId; }
  public String orderNumber() { return orderNumber; }
  public long shopOrderId() { return shopOrderId; }
  public long shopId() { return shopId; }
  public long buyerAccountId() { return buyerAccountId; }
  public String paymentMethod() { return paymentMethod; }
  public Reason reason() { return reason; }
  public String text() { return text; }
  public Status status() { return status; }
  public long amountVnd() { return amountVnd; }
  public long refundedVnd() { return refundedVnd; }
  public Long refundId() { return refundId; }
  public Instant dueAt() { return dueAt; }
  public String refusalReason() { return refusalReason; }
  public String carrier() { return carrier; }
  public String trackingCode() { return trackingCode; }
  public Instant parcelDeliveredAt() { return parcelDeliveredAt; }
  public String bankBin() { return bankBin; }
  public String bankAccountNumber() { return bankAccountNumber; }
  public String bankAccountName() { return bankAccountName; }
  public String escalationText() { return escalationText; }
  public Instant escalatedAt() { return escalatedAt; }
  public Instant decidedAt() { return decidedAt; }
  public Long decisionRefundVnd() { return decisionRefundVnd; }
  public String decisionNote() { return decisionNote; }
  public Instant createdAt() { return createdAt; }
  public Instant updatedAt() { return updatedAt; }
  public Instant closedAt() { return closedAt; }
  public List<ReturnLine> lines() { return lines; }
  public Set<Long> imageIds() { return imageIds; }
  public boolean cashOnDelivery() { return "COD".equals(paymentMethod); }
}
