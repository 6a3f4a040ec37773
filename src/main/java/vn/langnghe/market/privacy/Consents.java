package vn.langnghe.market.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langnghe.market.identity.AccountRegistered;
import vn.langnghe.market.ordering.OrderPlacing;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.privacy.PrivacyViews.ConsentsChange;
import vn.langnghe.market.privacy.PrivacyViews.ConsentsView;
import vn.langnghe.market.privacy.PrivacyViews.HistoryView;
import vn.langnghe.market.privacy.PrivacyViews.PurposeChange;
import vn.langnghe.market.privacy.PrivacyViews.PurposeView;

/**
 * Consents per purpose. A purpose's state is its latest record; records are only ever added, so
 * the history stays. Nothing is granted unless recorded, except that the contract of sale
 * (ORDER_PROCESSING) is recorded at every sign-up, and an account made before consents were kept
 * is taken to have accepted it when it was made (it bought under those terms).
 */
@ApplicationScoped
public class Consents {

  static final String SIGN_UP_FORM = "POST /api/auth/register";
  static final String SETTINGS_FORM = "PUT /api/my/consents";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public ConsentsView of(long accountId) {
    Map<Purpose, List<ConsentRecord>> history = history(accountId);
    List<PurposeView> purposes = new ArrayList<>();
    for (Purpose purpose : Purpose.values()) {
      List<ConsentRecord> records = history.get(purpose);
      ConsentRecord latest = records.isEmpty() ? null : records.get(records.size() - 1);
      boolean granted = latest == null ? purpose.neededToBuy() : latest.granted();
      purposes.add(new PurposeView(purpose.name(), granted, latest == null ? null : latest.recordedAt(),
          purpose.neededToBuy() ? "CONTRACT" : "CONSENT", purpose.neededToBuy(),
          records.stream().map(r -> new HistoryView(r.granted(), r.recordedAt(), r.how().name(),
              r.source())).toList()));
    }
    return new ConsentsView(purposes);
  }

  /** Records each purpose whose answer changed; the same answer again adds nothing. */
  @Transactional
  public ConsentsView change(long accountId, ConsentsChange change) {
    Instant now = clock.instant();
    Map<Purpose, List<ConsentRecord>> history = history(accountId);
    for (PurposeChange wanted : change.purposes()) {
      Purpose purpose = purpose(wanted.purpose(), "purposes");
      List<ConsentRecord> records = history.get(purpose);
      boolean current = records.isEmpty() ? purpose.neededToBuy()
          : records.get(records.size() - 1).granted();
      if (current != wanted.granted() || records.isEmpty()) {
        ConsentRecord record = new ConsentRecord(accountId, purpose, wanted.granted(), now,
            ConsentRecord.How.SETTINGS, SETTINGS_FORM);
        em.persist(record);
        records.add(record);
      }
    }
    return of(accountId);
  }

  /** Whether the account's data may be used for the purpose now (marketing sends ask this). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean allows(long accountId, Purpose purpose) {
    List<ConsentRecord> records = history(accountId).get(purpose);
    return records.isEmpty() ? purpose.neededToBuy() : records.get(records.size() - 1).granted();
  }

  /** The sign-up form's answers: the contract of sale always, marketing only where ticked. */
  void signedUp(@Observes AccountRegistered registered) {
    Set<Purpose> given = new LinkedHashSet<>();
    for (String name : registered.consents()) {
      given.add(purpose(name, "consents"));
    }
    Instant now = clock.instant();
    for (Purpose purpose : Purpose.values()) {
      em.persist(new ConsentRecord(registered.accountId(), purpose,
          purpose.neededToBuy() || given.contains(purpose), now, ConsentRecord.How.SIGN_UP,
          SIGN_UP_FORM));
    }
  }

  /** Buying needs the processing of the order's data: refused (409) once it is withdrawn. */
  void placing(@Observes OrderPlacing placing) {
    if (!allows(placing.buyerAccountId(), Purpose.ORDER_PROCESSING)) {
      throw new Problems.ConflictException("consents", "Mua hàng cần sự đồng ý xử lý dữ liệu"
          + " cho đơn hàng (ORDER_PROCESSING), mà bạn đã rút lại: hãy bật lại trong"
          + " Tài khoản → Dữ liệu cá nhân.");
    }
  }

  void export(@Observes PersonalDataExport export) {
    export.add("consents", of(export.accountId()).purposes());
  }

  /**
   * The history stays after an erasure: it proves what was consented to, and names nobody but by
   * the account's id. Every purpose is withdrawn, so nothing more is sent.
   */
  void erased(@Observes AccountErased erased) {
    Instant now = clock.instant();
    for (Purpose purpose : Purpose.values()) {
      em.persist(new ConsentRecord(erased.accountId(), purpose, false, now,
          ConsentRecord.How.ERASURE, "DELETE /api/me"));
    }
  }

  private Map<Purpose, List<ConsentRecord>> history(long accountId) {
    Map<Purpose, List<ConsentRecord>> byPurpose = new EnumMap<>(Purpose.class);
    for (Purpose purpose : Purpose.values()) {
      byPurpose.put(purpose, new ArrayList<>());
    }
    em.createQuery("select c from ConsentRecord c where c.accountId = :account order by c.id",
            ConsentRecord.class)
        .setParameter("account", accountId)
        .getResultList()
        .forEach(r -> byPurpose.get(r.purpose()).add(r));
    return byPurpose;
  }

  private static Purpose purpose(String name, String field) {
    try {
      return Purpose.valueOf(name.trim());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new Problems.InvalidInputException(field,
          "unknown purpose '" + name + "': one of ORDER_PROCESSING, MARKETING_EMAIL, MARKETING_ZALO");
    }
  }
}
