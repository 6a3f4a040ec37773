package vn.langnghe.market.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the payout endpoints answer. */
public final class PayoutViews {

  private PayoutViews() {}

  public record BalanceView(long pendingVnd, long availableVnd, long onHoldVnd, long paidOutVnd,
      LocalDate nextPayoutOn, long minimumVnd, long returnWindowDays) {}

  public record PartView(String orderNumber, long shopOrderId, long netVnd) {}

  public record MyPayoutView(long id, String period, String status, long amountVnd,
      Instant createdAt, Instant settledAt, String statusReason, String bankBin,
      String accountNumberMasked, List<PartView> parts) {}

  public record MyPayouts(List<MyPayoutView> items) {}

  public record LineView(long id, String shopSlug, String shopName, long amountVnd, String status,
      String statusReason, String endToEndId, String bankBin, String accountNumberMasked) {}

  public record SkippedView(String shopSlug, String shopName, long availableVnd, String reason) {}

  public record AuditView(String action, String actorName, Instant at, String fileName,
      String detail) {}

  public record RunView(long id, String period, String status, long totalVnd, int lineCount,
      Instant createdAt, List<LineView> lines, List<SkippedView> skipped, List<AuditView> audit) {}

  public record RunSummary(long id, String period, String status, int lineCount, long totalVnd,
      long paidCount, long rejectedCount, Instant createdAt) {}

  public record Runs(List<RunSummary> items) {}

  /** A run asked for: made now, or the one its period had already. */
  public record Created(boolean created, RunView run) {}

  public record ImportResult(int paid, int rejected, int unchanged, boolean alreadyImported,
      RunView run) {}

  /** A file to download. */
  public record File(String name, String contentType, byte[] content) {}
}
