package vn.langnghe.market.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the personal-data endpoints. */
public final class PrivacyViews {

  private PrivacyViews() {}

  /**
   * One purpose as it stands: granted or not, since when ({@code at} null: never asked), on which
   * legal basis (CONTRACT for what buying needs, CONSENT for the rest), and whether buying needs it.
   */
  public record PurposeView(String purpose, boolean granted, Instant at, String basis,
      boolean neededToBuy, List<HistoryView> history) {}

  public record HistoryView(boolean granted, Instant at, String how, String source) {}

  public record ConsentsView(List<PurposeView> purposes) {}

  public record PurposeChange(@NotBlank @Size(max = 30) String purpose, @NotNull Boolean granted) {}

  public record ConsentsChange(@NotEmpty @Size(max = 10) List<@Valid @NotNull PurposeChange> purposes) {}

  public record EraseRequest(@NotNull @Size(max = 128) String password) {}

  public record ReadView(long id, long readerAccountId, Long subjectAccountId, String what,
      Instant at) {}

  public record BreachRequest(
      @NotBlank @Size(max = 2000) String what,
      Instant occurredAt,
      @NotNull Instant discoveredAt,
      @NotBlank @Size(max = 1000) String dataAffected,
      @Min(0) @Max(100_000_000) Integer peopleAffected,
      Instant reportedAt,
      @Size(max = 2000) String measures) {}

  public record BreachView(long id, String what, Instant occurredAt, Instant discoveredAt,
      String dataAffected, Integer peopleAffected, Instant reportDueAt, Instant reportedAt,
      boolean reportLate, String measures, long recordedBy, Instant recordedAt) {}
}
