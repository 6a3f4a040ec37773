package vn.langnghe.market.payouts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The receiving account's requests and answers. */
public final class PayoutAccountViews {

  private PayoutAccountViews() {}

  /** The password again: whoever holds a signed-in phone must not redirect the shop's money. */
  public record AccountRequest(
      @NotBlank String bankBin,
      @NotBlank @Size(max = 40) String accountNumber,
      @NotBlank @Size(max = 200) String accountName,
      @NotBlank @Size(max = 200) String password) {}

  /**
   * {@code bankName} is the bank's short name, as people call it ("Vietcombank"); {@code usableNow}
   * says whether a payout made now would go to this account (active and past its cooling-off);
   * {@code decisionReason} is the officer's, when one decided.
   */
  public record AccountView(String bankBin, String bankName, String accountNumber, String accountName,
      String status, boolean nameMatches, Instant usableFrom, Instant createdAt, boolean usableNow,
      String decisionReason) {}

  /** {@code approve: false} needs a reason, which the artisan is told. */
  public record DecisionRequest(@NotNull Boolean approve, @Size(max = 300) String reason) {}

  /** An account as the officers review it. */
  public record ReviewItem(long id, String shopSlug, String shopName, String ownerName, String bankBin,
      String bankName, String accountNumber, String accountName, String status, Instant createdAt) {}

  public record ReviewList(java.util.List<ReviewItem> items) {}
}
