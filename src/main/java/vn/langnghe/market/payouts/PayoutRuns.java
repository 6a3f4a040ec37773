package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.payouts.PayoutViews.AuditView;
import vn.langnghe.market.payouts.PayoutViews.Created;
import vn.langnghe.market.payouts.PayoutViews.ImportResult;
import vn.langnghe.market.payouts.PayoutViews.LineView;
import vn.langnghe.market.payouts.PayoutViews.RunSummary;
import vn.langnghe.market.payouts.PayoutViews.RunView;
import vn.langnghe.market.payouts.PayoutViews.Runs;
import vn.langnghe.market.payouts.PayoutViews.SkippedView;
import vn.langnghe.market.platform.Metrics;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.reporting.ReportExports;
import vn.langnghe.market.reporting.ReportTable;
import vn.langnghe.market.shops.ShopViews.ShopPlace;
import vn.langnghe.market.shops.Shops;

/**
 * Payout runs: made once per ISO week, exported for the bank, settled by its status report.
 * A run's line takes exactly the earnings it sums, with a conditional update, so no earning is
 * ever in two lines; a rejected line lets its earnings go. Every step lands in payout_audit.
 * Actor null means the schedule.
 */
@ApplicationScoped
@Transactional
public class PayoutRuns {

  static final String NO_ACCOUNT = "NO_ACCOUNT";
  static final String BELOW_MINIMUM = "BELOW_MINIMUM";
  /** A bank status report is a few KB per thousand transfers; this bounds what is stored. */
  static final int MAX_STATUS_REPORT_BYTES = 2 * 1024 * 1024;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PayoutAccounts accounts;
  @Inject Shops shops;
  @Inject Accounts identity;
  @Inject PayoutSettings settings;
  @Inject ReceivingAccounts receivingAccounts;
  /** This bean through its proxy, so that each attempt below is a transaction of its own. */
  @Inject PayoutRuns self;

  /**
   * The run of {@code period} (default: this week), made now if it has none. Two requests at
   * once both try to insert it; the period's unique key lets one through and the other then
   * answers the run the first made.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Created create(String period, Long actor) {
    String week = period(period);
    Optional<Long> existing = self.idOf(week);
    if (existing.isPresent()) {
      return new Created(false, self.run(existing.get()));
    }
    long id;
    try {
      id = self.make(week, actor);
    } catch (RuntimeException lostTheRace) {
      Long other = self.idOf(week).orElseThrow(() -> lostTheRace);
      return new Created(false, self.run(other));
    }
    return new Created(true, self.run(id));
  }

  private String period(String requested) {
    Instant now = clock.instant();
    if (requested == null || requested.isBlank()) {
      return PayoutSchedule.period(now);
    }
    String period = requested.strip();
    LocalDate monday = PayoutSchedule.monday(period).orElseThrow(
        () -> new Problems.InvalidInputException("period", "must be an ISO week like 2026-W50"));
    if (monday.isAfter(now.atZone(PayoutSchedule.VIETNAM).toLocalDate())) {
      throw new Problems.InvalidInputException("period", "is a week still to come");
    }
    return period;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Long> idOf(String period) {
    return em.createQuery("select r.id from PayoutRun r where r.period = :period", Long.class)
        .setParameter("period", period)
        .getResultStream()
        .findFirst();
  }

  /** Makes the period's run: one line per shop whose available money reaches the minimum. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long make(String period, Long actor) {
    Instant now = clock.instant();
    PayoutRun run = new PayoutRun(period, now.atZone(PayoutSchedule.VIETNAM).toLocalDate(), actor,
        now);
    em.persist(run);
    em.flush(); // the period's unique key decides here, before any earning is touched
    audit(new PayoutAudit(PayoutAudit.Action.RUN_CREATED, run.id(), actor, now)
        .detail("period " + period));

    Balances balances = settings.balances();
    Map<Long, List<Balances.Earning>> byShop = unpaidEarnings(now.minus(settings.returnWindow())).stream()
        .collect(Collectors.groupingBy(Balances.Earning::shopId, TreeMap::new, Collectors.toList()));
    Map<Long, Balances.LinePlan> plans = new LinkedHashMap<>();
    Map<Long, Long> availableByShop = new LinkedHashMap<>();
    byShop.forEach((shop, earnings) -> {
      long available = balances.of(earnings, now).availableVnd();
      if (available != 0) {
        availableByShop.put(shop, available);
      }
      balances.line(shop, earnings, now, settings.minimumVnd())
          .ifPresent(plan -> plans.put(shop, plan));
    });
    Map<Long, PayoutAccount> usable = accounts.usableFor(plans.keySet(), now);
    for (Map.Entry<Long, Long> shop : availableByShop.entrySet()) {
      Balances.LinePlan plan = plans.get(shop.getKey());
      PayoutAccount account = usable.get(shop.getKey());
      if (plan == null || account == null) {
        audit(new PayoutAudit(PayoutAudit.Action.SKIPPED, run.id(), actor, now).shop(shop.getKey())
            .detail((plan == null ? BELOW_MINIMUM : NO_ACCOUNT) + " " + shop.getValue()));
        continue;
      }
      PayoutLine line = new PayoutLine(run, account, plan.amountVnd(), now);
      em.persist(line);
      em.flush();
      int taken = em.createQuery("update PayoutEarning e set e.payoutLineId = :line"
              + " where e.id in :ids and e.payoutLineId is null")
          .setParameter("line", line.id())
          .setParameter("ids", plan.earningIds())
          .executeUpdate();
      if (taken != plan.earningIds().size()) {
        throw new Problems.ConflictException("a shop's earnings changed while the run was made;"
            + " ask again");
      }
      run.add(line);
      audit(new PayoutAudit(PayoutAudit.Action.LINE_CREATED, run.id(), actor, now).line(line)
          .detail(plan.earningIds().size() + " earnings, " + plan.amountVnd() + " VND"));
    }
    run.completeIfSettled(run.lineCount() == 0, now);
    return run.id();
  }

  /**
   * Every earning in no line that is past the return window, with its hold, as the balance rules
   * read them: only these can be available, and the sale and reversal of a part never delivered
   * (which stay pending, netting to nothing) are not read again each week.
   */
  private List<Balances.Earning> unpaidEarnings(Instant deliveredBy) {
    Set<Long> held = Set.copyOf(em.createQuery("select h.shopOrderId from PayoutHold h", Long.class)
        .getResultList());
    return em.createQuery("select e from PayoutEarning e where e.payoutLineId is null"
                + " and e.deliveredAt <= :deliveredBy",
            PayoutEarning.class)
        .setParameter("deliveredBy", deliveredBy)
        .getResultStream()
        .map(e -> new Balances.Earning(e.id(), e.shopId(), e.netVnd(), e.deliveredAt(),
            held.contains(e.shopOrderId()), Balances.Line.NONE))
        .toList();
  }

  /**
   * The runs still open (a line awaits the bank's answer) and when the oldest was made: one read
   * of a table of one row a week, bounded in time, for the metrics sampler.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Metrics.Waiting open() {
    List<Instant> created = em.createQuery("select r.createdAt from PayoutRun r where r.status = :open"
            + " order by r.createdAt", Instant.class)
        .setParameter("open", PayoutRun.Status.OPEN)
        .setHint("jakarta.persistence.query.timeout", 2000)
        .getResultList();
    return new Metrics.Waiting(created.size(), created.isEmpty() ? null : created.get(0));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Runs list() {
    Map<Long, long[]> counts = new LinkedHashMap<>();
    for (Object[] row : em.createQuery("select l.runId, l.status, count(l) from PayoutLine l"
        + " group by l.runId, l.status", Object[].class).getResultList()) {
      long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
      if (row[1] == PayoutLine.Status.PAID) {
        c[0] += ((Number) row[2]).longValue();
      } else if (row[1] == PayoutLine.Status.REJECTED) {
        c[1] += ((Number) row[2]).longValue();
      }
    }
    return new Runs(em.createQuery("select r from PayoutRun r order by r.createdAt desc, r.id desc",
            PayoutRun.class)
        .setMaxResults(200)
        .getResultStream()
        .map(r -> {
          long[] c = counts.getOrDefault(r.id(), new long[2]);
          return new RunSummary(r.id(), r.period(), r.status().name(), r.lineCount(), r.totalVnd(),
              c[0], c[1], r.createdAt());
        })
        .toList());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RunView run(long id) {
    PayoutRun run = found(id);
    List<PayoutLine> lines = lines(id);
    List<PayoutAudit> trail = em.createQuery(
            "select a from PayoutAudit a where a.runId = :run order by a.id", PayoutAudit.class)
        .setParameter("run", id)
        .getResultList();
    List<Long> shopIds = new ArrayList<>(lines.stream().map(PayoutLine::shopId).toList());
    trail.stream().filter(a -> a.shopId() != null).forEach(a -> shopIds.add(a.shopId()));
    Map<Long, String[]> shops = shops(shopIds);
    Map<Long, String> actors =
        identity.displayNames(trail.stream().map(PayoutAudit::actorAccountId).toList());
    String[] unknown = {"", ""};
    List<LineView> lineViews = lines.stream().map(l -> {
      String[] shop = shops.getOrDefault(l.shopId(), unknown);
      return new LineView(l.id(), shop[0], shop[1], l.amountVnd(), l.status().name(),
          l.statusReason(), l.endToEndId(), l.bankBin(), l.accountNumberMasked());
    }).toList();
    List<SkippedView> skipped = trail.stream()
        .filter(a -> a.action().equals(PayoutAudit.Action.SKIPPED.name()))
        .map(a -> {
          String[] shop = shops.getOrDefault(a.shopId(), unknown);
          String[] why = a.detail().split(" ");
          return new SkippedView(shop[0], shop[1], Long.parseLong(why[1]), why[0]);
        })
        .toList();
    List<AuditView> audit = trail.stream()
        .map(a -> new AuditView(a.action(), a.actorAccountId() == null ? "Lịch chi trả tự động"
            : actors.getOrDefault(a.actorAccountId(), "#" + a.actorAccountId()), a.at(),
            a.fileName(), a.detail()))
        .toList();
    return new RunView(run.id(), run.period(), run.status().name(), run.totalVnd(),
        run.lineCount(), run.createdAt(), lineViews, skipped, audit);
  }

  /** The run as the pain.001 the bank takes; the same bytes each time, each download audited. */
  public PayoutViews.File pain001(long id, long actor) {
    PayoutRun run = found(id);
    if (run.lineCount() == 0) {
      throw new Problems.ConflictException("the run has no line: there is nothing to transfer");
    }
    String remittance = "Lang Nghe Market chi tra " + run.period();
    List<Pain001.Transfer> transfers = lines(id).stream()
        .map(l -> new Pain001.Transfer(l.endToEndId(), l.amountVnd(), l.bankBin(),
            l.accountNumber(), l.accountName(), remittance))
        .toList();
    byte[] file = Pain001.write(run.messageId(), run.createdAt(), run.executionDate(),
        settings.debtor(), transfers);
    return downloaded(run, actor, PayoutAudit.Action.EXPORTED_PAIN001,
        new PayoutViews.File("pain001-" + run.period() + ".xml", "application/xml", file));
  }

  /** The run as a spreadsheet for people: one row per line. */
  public PayoutViews.File xlsx(long id, long actor) {
    PayoutRun run = found(id);
    RunView view = run(id);
    List<List<Object>> rows = view.lines().stream()
        .map(l -> List.<Object>of(l.endToEndId(), l.shopSlug(), l.shopName(), l.bankBin(),
            l.accountNumberMasked(), l.amountVnd(), l.status()))
        .collect(Collectors.toCollection(ArrayList::new));
    ReportTable table = new ReportTable("Chi trả " + run.period(),
        List.of("Số dòng: " + run.lineCount(), "Tổng: " + run.totalVnd() + " ₫"),
        List.of("Mã giao dịch", "Xưởng", "Tên xưởng", "BIN ngân hàng", "Tài khoản",
            "Số tiền (₫)", "Trạng thái"), rows);
    return downloaded(run, actor, PayoutAudit.Action.EXPORTED_XLSX,
        new PayoutViews.File("payouts-" + run.period() + ".xlsx", ReportExports.XLSX_TYPE,
            ReportExports.xlsx(table)));
  }

  private PayoutViews.File downloaded(PayoutRun run, long actor, PayoutAudit.Action action,
      PayoutViews.File file) {
    audit(new PayoutAudit(action, run.id(), actor, clock.instant())
        .file(file.name(), sha256(file.content())));
    return file;
  }

  /**
   * The bank's status report for the run. The same file again changes nothing and says so; a
   * final line keeps its answer; a rejected line's earnings are available again.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public ImportResult importStatus(long id, String fileName, String contentType, byte[] file,
      long actor) {
    if (file == null || file.length == 0) {
      throw new Problems.InvalidInputException("file", "is empty");
    }
    if (file.length > MAX_STATUS_REPORT_BYTES) {
      throw new Problems.PayloadTooLargeException("file",
          "a status report is at most " + MAX_STATUS_REPORT_BYTES / (1024 * 1024) + " MB");
    }
    String name = fileName == null || fileName.isBlank() ? "status-report" : fileName.strip();
    try {
      return self.importOnce(id, name, contentType, file, actor);
    } catch (Problems.InvalidInputException | Problems.NotFoundException e) {
      throw e;
    } catch (RuntimeException sameFileAtOnce) {
      if (!self.imported(id, sha256(file))) {
        throw sameFileAtOnce;
      }
      return self.importOnce(id, name, contentType, file, actor);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean imported(long runId, String sha256) {
    return !em.createQuery("select r.id from PayoutStatusReport r where r.runId = :run"
            + " and r.sha256 = :sha", Long.class)
        .setParameter("run", runId)
        .setParameter("sha", sha256)
        .getResultList()
        .isEmpty();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportResult importOnce(long id, String fileName, String contentType, byte[] file,
      long actor) {
    // one import of a run at a time: two different files answering one line cannot both settle it
    PayoutRun run = found(id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    String sha = sha256(file);
    if (imported(id, sha)) {
      audit(new PayoutAudit(PayoutAudit.Action.STATUS_REPEATED, id, actor, now).file(fileName, sha)
          .detail("imported before; nothing changed"));
      return new ImportResult(0, 0, 0, true, run(id));
    }
    StatusReport report = StatusReport.read(file, contentType);
    if (report.originalMessageId() != null && !report.originalMessageId().equals(run.messageId())) {
      throw new Problems.InvalidInputException("file",
          "answers message " + report.originalMessageId() + ", not this run's " + run.messageId());
    }
    Map<String, PayoutLine> lines = lines(id).stream()
        .collect(Collectors.toMap(PayoutLine::endToEndId, Function.identity()));
    List<String> unknown = report.answers().stream().map(StatusReport.Answer::endToEndId)
        .filter(e2e -> !lines.containsKey(e2e)).toList();
    if (!unknown.isEmpty()) {
      throw new Problems.InvalidInputException("file",
          "names transfers that are not in this run: " + String.join(", ", unknown));
    }
    Map<String, StatusReport.Answer> answers = new LinkedHashMap<>();
    if (report.allRejected()) {
      lines.keySet().forEach(e2e -> answers.put(e2e, new StatusReport.Answer(e2e,
          StatusReport.Outcome.REJECTED, report.groupReason() == null ? "RJCT" : report.groupReason())));
    }
    report.answers().forEach(a -> answers.putIfAbsent(a.endToEndId(), a));
    if (report.restPaid()) {
      lines.keySet().forEach(e2e -> answers.putIfAbsent(e2e,
          new StatusReport.Answer(e2e, StatusReport.Outcome.PAID, null)));
    }

    int paid = 0;
    int rejected = 0;
    int unchanged = 0;
    List<PayoutAudit> steps = new ArrayList<>();
    for (StatusReport.Answer answer : answers.values()) {
      PayoutLine line = lines.get(answer.endToEndId());
      if (answer.outcome() == StatusReport.Outcome.NONE
          || !line.settle(answer.outcome() == StatusReport.Outcome.PAID, answer.reason(), now)) {
        unchanged++;
        continue;
      }
      if (line.status() == PayoutLine.Status.REJECTED) {
        rejected++;
        em.flush();
        em.createQuery("update PayoutEarning e set e.payoutLineId = null"
                + " where e.payoutLineId = :line")
            .setParameter("line", line.id())
            .executeUpdate();
        receivingAccounts.rejectedByBank(line.accountId(), line.statusReason());
      } else {
        paid++;
      }
      steps.add(new PayoutAudit(line.status() == PayoutLine.Status.PAID
          ? PayoutAudit.Action.LINE_PAID : PayoutAudit.Action.LINE_REJECTED, id, actor, now)
          .line(line).file(fileName, sha).detail(line.statusReason()));
    }
    // its unique key (run, file hash) stops the same file imported twice at once
    PayoutStatusReport stored = new PayoutStatusReport(id, sha, fileName.length() > 200 ? fileName.substring(0, 200)
        : fileName, report.format(), file, actor, now, paid, rejected, unchanged);
    em.persist(stored);
    em.flush();
    steps.forEach(this::audit);
    audit(new PayoutAudit(PayoutAudit.Action.STATUS_IMPORTED, id, actor, now).file(fileName, sha)
        .detail(report.format() + ": paid " + paid + ", rejected " + rejected + ", unchanged "
            + unchanged));
    run.completeIfSettled(lines.values().stream().allMatch(PayoutLine::isFinal), now);
    em.flush();
    return new ImportResult(paid, rejected, unchanged, false, run(id));
  }

  private PayoutRun found(long id) {
    return found(id, LockModeType.NONE);
  }

  private PayoutRun found(long id, LockModeType lock) {
    PayoutRun run = em.find(PayoutRun.class, id, lock);
    if (run == null) {
      throw new Problems.NotFoundException("payout run " + id);
    }
    return run;
  }

  private List<PayoutLine> lines(long runId) {
    return em.createQuery("select l from PayoutLine l where l.runId = :run order by l.id",
            PayoutLine.class)
        .setParameter("run", runId)
        .getResultList();
  }

  /** Slug and name of each shop, asked of the shops. */
  private Map<Long, String[]> shops(Collection<Long> ids) {
    return shops.places(Set.copyOf(ids)).values().stream()
        .collect(Collectors.toMap(ShopPlace::id, s -> new String[] {s.slug(), s.name()}));
  }

  private void audit(PayoutAudit step) {
    em.persist(step);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
