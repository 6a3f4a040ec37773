package vn.langnghe.market.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step a carrier reported for a parcel, stored once whatever the number of notices. */
@Entity
@Table(name = "parcel_step")
public class ParcelStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "parcel_id")
  private long parcelId;

  private String step;

  @Column(name = "happened_at")
  private Instant happenedAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  private String detail;

  protected ParcelStep() {}

  ParcelStep(long parcelId, String step, Instant happenedAt, Instant receivedAt, String detail) {
    this.parcelId = parcelId;
    this.step = step;
    this.happenedAt = happenedAt;
    this.receivedAt = receivedAt;
    this.detail = detail;
  }

  public String step() {
    return step;
  }

  public Instant happenedAt() {
    return happenedAt;
  }

  public String detail() {
    return detail;
  }
}
