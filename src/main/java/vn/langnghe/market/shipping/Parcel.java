package vn.langnghe.market.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A shop order's carrier order: its code with the carrier, its COD, and how far it has gone. */
@Entity
@Table(name = "parcel")
public class Parcel extends vn.langnghe.market.platform.HelperMarked {

  public static final String GHN = "GHN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "shop_order_id")
  private long shopOrderId;

  /** Why the parcel travels: to the buyer, or back to the shop for a return. */
  public enum Purpose { OUTBOUND, RETURN }

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Purpose purpose = Purpose.OUTBOUND;

  /** The return a RETURN parcel carries back; 0 for an outbound parcel. */
  @Column(name = "return_id")
  private long returnId;

  private String carrier;

  @Column(name = "order_code")
  private String orderCode;

  @Column(name = "client_order_code")
  private String clientOrderCode;

  @Column(name = "carrier_status")
  private String carrierStatus;

  @Column(name = "cod_vnd")
  private long codVnd;

  @Column(name = "fee_vnd")
  private long feeVnd;

  @Column(name = "expected_delivery")
  private Instant expectedDelivery;

  @Column(name = "cod_transferred_at")
  private Instant codTransferredAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Parcel() {}

  Parcel(long shopOrderId, String carrier, Booking booking, Instant now) {
    this(shopOrderId, Purpose.OUTBOUND, 0, carrier, booking, now);
  }

  Parcel(long shopOrderId, Purpose purpose, long returnId, String carrier, Booking booking, Instant now) {
    this.shopOrderId = shopOrderId;
    this.purpose = purpose;
    this.returnId = returnId;
    this.carrier = carrier;
    this.orderCode = booking.orderCode();
    this.clientOrderCode = booking.clientOrderCode();
    this.carrierStatus = GhnStatus.READY_TO_PICK.code();
    this.codVnd = booking.codVnd();
    this.feeVnd = booking.feeVnd();
    this.expectedDelivery = booking.expectedDelivery();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Moves on to {@code reached} when it is later than where the parcel is; true if it moved. */
  boolean advance(GhnStatus reached, Instant now) {
    GhnStatus current = GhnStatus.of(carrierStatus).orElse(GhnStatus.EXCEPTION);
    if (!reached.isAfter(current)) {
      return false;
    }
    carrierStatus = reached.code();
    updatedAt = now;
    return true;
  }

  /** The carrier handed the COD over; true the first time only. */
  boolean codTransferred(Instant at, Instant now) {
    if (codTransferredAt != null) {
      return false;
    }
    codTransferredAt = at;
    updatedAt = now;
    return true;
  }

  public Long id() {
    return id;
  }

  public long shopOrderId() {
    return shopOrderId;
  }

  public Purpose purpose() {
    return purpose;
  }

  public long returnId() {
    return returnId;
  }

  public String carrier() {
    return carrier;
  }

  public String orderCode() {
    return orderCode;
  }

  public String clientOrderCode() {
    return clientOrderCode;
  }

  public String carrierStatus() {
    return carrierStatus;
  }

  public long codVnd() {
    return codVnd;
  }

  public long feeVnd() {
    return feeVnd;
  }

  public Instant expectedDelivery() {
    return expectedDelivery;
  }

  public Instant codTransferredAt() {
    return codTransferredAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
