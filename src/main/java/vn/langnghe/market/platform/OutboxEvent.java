package vn.langnghe.market.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** "Something about aggregate N of this topic changed", waiting for its consumer. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  static final Duration LONGEST_BACK_OFF = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String topic;

  @Column(name = "aggregate_id")
  private long aggregateId;

  @Column(name = "created_at")
  private Instant createdAt;

  private int attempts;

  @Column(name = "available_at")
  private Instant availableAt;

  @Column(name = "last_error")
  private String lastError;

  /** The request that announced the change (see {@link RequestIds}), or null. */
  @Column(name = "request_id")
  private String requestId;

  protected OutboxEvent() {}

  OutboxEvent(String topic, long aggregateId, Instant now) {
    this.topic = topic;
    this.aggregateId = aggregateId;
    this.createdAt = now;
    this.availableAt = now;
    this.requestId = RequestIds.current().orElse(null);
  }

  /** The consumer failed: try again later, waiting twice as long each time, up to a minute. */
  public void failed(String error, Instant now) {
    attempts++;
    long seconds = Math.min(LONGEST_BACK_OFF.toSeconds(), 1L << Math.min(attempts, 10));
    availableAt = now.plusSeconds(seconds);
    lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
  }

  public Long id() {
    return id;
  }

  public String topic() {
    return topic;
  }

  public long aggregateId() {
    return aggregateId;
  }

  public int attempts() {
    return attempts;
  }

  public Instant availableAt() {
    return availableAt;
  }

  public String requestId() {
    return requestId;
  }
}
