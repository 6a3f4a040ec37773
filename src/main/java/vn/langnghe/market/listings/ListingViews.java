package vn.langnghe.market.listings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.langnghe.market.catalog.ListingVisibility.ListingRef;

/** Requests and answers of listing reports and takedowns. */
public final class ListingViews {

  private ListingViews() {}

  public record ReportRequest(@NotNull ReportReason reason, @Size(max = 2000) String text) {}

  public record HideRequest(@NotBlank @Size(max = 1000) String reason,
      @Size(max = 100) List<@NotNull @Positive Long> reportIds) {}

  public record NoteRequest(@Size(max = 1000) String note) {}

  public record AppealRequest(@NotBlank @Size(max = 4000) String text) {}

  /** What the reporter is told: the report is in and officers act within the deadline. */
  public record ReportReceipt(long id, String reason, String status, Instant reportedAt,
      Instant decideBy) {}

  /** The listing a report or takedown is about. */
  public record ListingSummary(long id, String slug, String title, String shopSlug,
      String shopName, String status, boolean hidden, String hiddenReason) {
    static ListingSummary of(ListingRef ref) {
      return new ListingSummary(ref.id(), ref.slug(), ref.title(), ref.shopSlug(), ref.shopName(),
          ref.status(), ref.hiddenAt() != null, ref.hiddenReason());
    }
  }

  public record TakedownView(long id, long productId, String reason, Instant hiddenAt,
      String appealText, Instant appealedAt, Instant liftedAt, String liftNote, boolean inForce,
      ListingSummary listing) {
    static TakedownView of(Takedown t, ListingRef listing) {
      return new TakedownView(t.id(), t.productId(), t.reason(), t.hiddenAt(), t.appealText(),
          t.appealedAt(), t.liftedAt(), t.liftNote(), t.inForce(),
          listing == null ? null : ListingSummary.of(listing));
    }
  }

  /**
   * A report in the officers' queue, timed against the law's deadline: {@code ageMinutes} since it
   * came in (until its decision once decided), {@code dueAt} the deadline, {@code overdue} whether
   * it is (or was decided) past it.
   */
  public record QueuedReport(long id, String reason, String text, boolean reporterSignedIn,
      String status, Instant reportedAt, Instant dueAt, long ageMinutes, boolean overdue,
      Instant decidedAt, String decisionNote, ListingSummary listing, TakedownView takedown) {

    static QueuedReport of(ListingReport r, Instant now, Duration deadline, ListingRef listing,
        TakedownView takedown) {
      long age = r.waited(now).toMinutes();
      return new QueuedReport(r.id(), r.reason().name(), r.text(), r.reporterAccountId() != null,
          r.status().name(), r.reportedAt(), r.reportedAt().plus(deadline), age,
          r.waited(now).compareTo(deadline) > 0, r.decidedAt(), r.decisionNote(),
          listing == null ? null : ListingSummary.of(listing), takedown);
    }
  }

  /**
   * How the office keeps the deadline: reports open now and how many of those are past it; over
   * the reports decided in the last {@code periodDays}, the median time from report to decision and
   * how many were decided late.
   */
  public record QueueSummary(int decisionWithinHours, long open, long overdue, int periodDays,
      long decided, Long medianMinutesToDecision, long decidedLate) {}

  public record ReportQueue(long total, int page, int size, List<QueuedReport> items,
      QueueSummary summary) {}
}
