package vn.langnghe.market.addresses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One delivery address of a shopper. Being the default is stored as the owner's id in
 * {@code default_owner}, which the database keeps unique: two defaults cannot both be saved.
 */
@Entity
@Table(name = "saved_address")
public class SavedAddress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "recipient_name")
  private String recipientName;

  private String phone;

  @Column(name = "address_line")
  private String addressLine;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "default_owner")
  private Long defaultOwner;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected SavedAddress() {}

  SavedAddress(long accountId, Instant now) {
    this.accountId = accountId;
    this.createdAt = now;
  }

  /** The phone is already E.164 and the commune already checked as current. */
  void describe(String recipientName, String phone, String addressLine, String communeCode) {
    this.recipientName = recipientName;
    this.phone = phone;
    this.addressLine = addressLine;
    this.communeCode = communeCode;
  }

  void makeDefault() {
    defaultOwner = accountId;
  }

  void clearDefault() {
    defaultOwner = null;
  }

  public boolean isDefault() {
    return defaultOwner != null;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public String recipientName() {
    return recipientName;
  }

  public String phone() {
    return phone;
  }

  public String addressLine() {
    return addressLine;
  }

  public String communeCode() {
    return communeCode;
  }
}
