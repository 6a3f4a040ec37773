package vn.langnghe.market.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One officer's or admin's read of someone's personal data, as logged. */
@Entity
@Table(name = "personal_data_read")
public class PersonalDataReadRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "reader_account_id")
  private long readerAccountId;

  @Column(name = "subject_account_id")
  private Long subjectAccountId;

  private String what;

  @Column(name = "read_at")
  private Instant readAt;

  protected PersonalDataReadRecord() {}

  PersonalDataReadRecord(long reader, Long subject, String what, Instant at) {
    this.readerAccountId = reader;
    this.subjectAccountId = subject;
    this.what = what.length() > 300 ? what.substring(0, 300) : what;
    this.readAt = at;
  }

  public long id() {
    return id;
  }

  public long readerAccountId() {
    return readerAccountId;
  }

  public Long subjectAccountId() {
    return subjectAccountId;
  }

  public String what() {
    return what;
  }

  public Instant readAt() {
    return readAt;
  }
}
