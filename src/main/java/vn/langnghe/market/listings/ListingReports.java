package vn.langnghe.market.listings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.ListingVisibility;
import vn.langnghe.market.catalog.ListingVisibility.ListingRef;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.listings.ListingViews.QueueSummary;
import vn.langnghe.market.listings.ListingViews.QueuedReport;
import vn.langnghe.market.listings.ListingViews.ReportQueue;
import vn.langnghe.market.listings.ListingViews.ReportReceipt;
import vn.langnghe.market.listings.ListingViews.ReportRequest;
import vn.langnghe.market.listings.ListingViews.TakedownView;
import vn.langnghe.market.platform.CleanText;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;

/** Reports of listings by anyone, and the officers' queue timed against the law's deadline. */
@ApplicationScoped
@Transactional
public class ListingReports {

  /** Which reports the queue lists. */
  public enum Show {
    /** Open ones first (oldest first: the most urgent), then the decided, latest first. */
    ALL,
    OPEN,
    DECIDED
  }

  /** The decided reports the median is taken over. */
  static final int SUMMARY_DAYS = 90;

  @PersistenceContext EntityManager em;
  @Inject ListingVisibility listings;
  @Inject Clock clock;

  /** Law 122/2025/QH15: a platform removes an unlawful listing within 24 hours of learning of it. */
  @Inject
  @ConfigProperty(name = "market.listings.decision-within", defaultValue = "PT24H")
  Duration decisionWithin;

  /**
   * Anyone reports a listing the public sees. A signed-in reporter's second report of the same
   * listing while the first is open is that first one (repeating the request changes nothing).
   */
  public Receipt report(String idOrSlug, Caller reporter, ReportRequest request) {
    ListingRef listing = listings.shownListing(idOrSlug);
    if (reporter != null) {
      List<ListingReport> open = em.createQuery("select r from ListingReport r"
              + " where r.reporterAccountId = :reporter and r.productId = :product and r.status = :open",
              ListingReport.class)
          .setParameter("reporter", reporter.accountId())
          .setParameter("product", listing.id())
          .setParameter("open", ListingReport.Status.OPEN)
          .getResultList();
      if (!open.isEmpty()) {
        return new Receipt(receipt(open.get(0)), false);
      }
    }
    ListingReport report = new ListingReport(listing.id(), listing.shopId(),
        reporter == null ? null : reporter.accountId(), request.reason(), text(request.text()),
        clock.instant());
    em.persist(report);
    em.flush();
    return new Receipt(receipt(report), true);
  }

  public record Receipt(ReportReceipt view, boolean created) {}

  private ReportReceipt receipt(ListingReport r) {
    return new ReportReceipt(r.id(), r.reason().name(), r.status().name(), r.reportedAt(),
        r.reportedAt().plus(decisionWithin));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportQueue queue(Show show, Page.Request page) {
    long open = count(true);
    long decided = count(false);
    List<ListingReport> items = switch (show) {
      case OPEN -> page(true, page.offset(), page.size());
      case DECIDED -> page(false, page.offset(), page.size());
      case ALL -> {
        List<ListingReport> first = page(true, page.offset(), page.size());
        List<ListingReport> all = new ArrayList<>(first);
        if (all.size() < page.size()) {
          all.addAll(page(false, (int) Math.max(0, page.offset() - open), page.size() - all.size()));
        }
        yield all;
      }
    };
    long total = switch (show) {
      case OPEN -> open;
      case DECIDED -> decided;
      case ALL -> open + decided;
    };
    Instant now = clock.instant();
    Map<Long, ListingRef> refs = listings.listings(items.stream().map(ListingReport::productId).toList());
    Map<Long, Takedown> takedowns = takedowns(items.stream().map(ListingReport::takedownId).toList(),
        items.stream().map(ListingReport::productId).toList());
    List<QueuedReport> views = items.stream().map(r -> {
      Takedown t = r.takedownId() != null ? takedowns.get(r.takedownId()) : inForce(takedowns, r.productId());
      ListingRef ref = refs.get(r.productId());
      return QueuedReport.of(r, now, decisionWithin, ref, t == null ? null : TakedownView.of(t, null));
    }).toList();
    return new ReportQueue(total, page.page(), page.size(), views, summary(now, open));
  }

  /** A report that needs no action: the listing stays as it is. */
  public QueuedReport dismiss(Caller officer, long reportId, String note) {
    ListingReport report = em.find(ListingReport.class, reportId);
    if (report == null) {
      throw new Problems.NotFoundException("Report " + reportId);
    }
    Instant now = clock.instant();
    report.dismiss(officer.accountId(), text(note), now);
    return QueuedReport.of(report, now, decisionWithin, listings.listing(report.productId()), null);
  }

  /**
   * Marks as decided by this takedown the listing's reports named, or all its open reports when
   * none are named. A named report that is not an open report of this listing is a 400.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void decideByTakedown(Takedown takedown, List<Long> reportIds, Caller officer) {
    List<ListingReport> open = em.createQuery("select r from ListingReport r"
            + " where r.productId = :product and r.status = :open", ListingReport.class)
        .setParameter("product", takedown.productId())
        .setParameter("open", ListingReport.Status.OPEN)
        .getResultList();
    List<ListingReport> decided = open;
    if (reportIds != null && !reportIds.isEmpty()) {
      Set<Long> wanted = new HashSet<>(reportIds);
      decided = open.stream().filter(r -> wanted.contains(r.id())).toList();
      wanted.removeAll(decided.stream().map(ListingReport::id).collect(Collectors.toSet()));
      if (!wanted.isEmpty()) {
        throw new Problems.InvalidInputException("reportIds",
            "not open reports of this listing: " + wanted);
      }
    }
    Instant now = clock.instant();
    decided.forEach(r -> r.actioned(takedown, officer.accountId(), now));
  }

  private QueueSummary summary(Instant now, long open) {
    long overdue = em.createQuery("select count(r) from ListingReport r where r.status = :open"
            + " and r.reportedAt < :due", Long.class)
        .setParameter("open", ListingReport.Status.OPEN)
        .setParameter("due", now.minus(decisionWithin))
        .getSingleResult();
    List<Object[]> decided = em.createQuery("select r.reportedAt, r.decidedAt from ListingReport r"
            + " where r.status <> :open and r.decidedAt >= :since", Object[].class)
        .setParameter("open", ListingReport.Status.OPEN)
        .setParameter("since", now.minus(Duration.ofDays(SUMMARY_DAYS)))
        .getResultList();
    List<Duration> waits = decided.stream()
        .map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
        .sorted()
        .toList();
    long late = waits.stream().filter(w -> w.compareTo(decisionWithin) > 0).count();
    return new QueueSummary((int) decisionWithin.toHours(), open, overdue, SUMMARY_DAYS,
        waits.size(), median(waits), late);
  }

  /** The median of sorted durations in whole minutes; null when there are none. */
  static Long median(List<Duration> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    Duration median = sorted.size() % 2 == 1
        ? sorted.get(middle)
        : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    return median.toMinutes();
  }

  private long count(boolean open) {
    return em.createQuery("select count(r) from ListingReport r where r.status "
            + (open ? "=" : "<>") + " :open", Long.class)
        .setParameter("open", ListingReport.Status.OPEN)
        .getSingleResult();
  }

  private List<ListingReport> page(boolean open, int offset, int size) {
    return em.createQuery("select r from ListingReport r where r.status " + (open ? "=" : "<>")
            + " :open order by " + (open ? "r.reportedAt, r.id" : "r.decidedAt desc, r.id desc"),
            ListingReport.class)
        .setParameter("open", ListingReport.Status.OPEN)
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  /** The takedowns named by these reports and those in force on these listings, by id. */
  private Map<Long, Takedown> takedowns(Collection<Long> ids, Collection<Long> productIds) {
    Set<Long> named = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    if (productIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select t from Takedown t where t.id in :ids"
            + " or (t.productId in :products and t.liftedAt is null)", Takedown.class)
        .setParameter("ids", named.isEmpty() ? Set.of(-1L) : named)
        .setParameter("products", Set.copyOf(productIds))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Takedown::id, Function.identity()));
  }

  private static Takedown inForce(Map<Long, Takedown> takedowns, long productId) {
    return takedowns.values().stream()
        .filter(t -> t.productId() == productId && t.inForce())
        .findFirst()
        .orElse(null);
  }

  /** Typed text as stored: clean, trimmed, and null when there is nothing in it. */
  static String text(String typed) {
    String clean = CleanText.clean(typed);
    return clean == null || clean.isBlank() ? null : clean.strip();
  }
}
