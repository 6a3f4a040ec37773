package vn.langnghe.market.payouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.payouts.PayoutAccount.Status;
import vn.langnghe.market.payouts.PayoutAccountViews.AccountRequest;
import vn.langnghe.market.payouts.PayoutAccountViews.AccountView;
import vn.langnghe.market.payouts.PayoutAccountViews.DecisionRequest;
import vn.langnghe.market.payouts.PayoutAccountViews.ReviewItem;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.ShopViews.ShopPlace;
import vn.langnghe.market.shops.Shops;

/**
 * Where an artisan's money goes. Setting or changing the account needs the password again and is
 * mailed to the artisan; a change waits out {@code market.payouts.cooling-off} before money may
 * go to it (the shop's first account is usable at once), and a holder who is not the shop's
 * registered owner waits for an officer. Every set, change and decision is in {@code payout_audit}.
 */
@ApplicationScoped
@Transactional
public class ReceivingAccounts {

  static final String SET = "ACCOUNT_SET";
  static final String CHANGED = "ACCOUNT_CHANGED";
  static final String APPROVED = "ACCOUNT_APPROVED";
  static final String REFUSED = "ACCOUNT_REFUSED";
  static final String REFUSED_BY_BANK = "ACCOUNT_REFUSED_BY_BANK";
  /**
   * ISO 20022 reasons that say the account itself cannot be paid (wrong number, closed, blocked,
   * transfers forbidden, holder not matching, bank code wrong, holder deceased): sending to it
   * again each week would only be rejected again.
   */
  static final Set<String> ACCOUNT_REASONS = Set.of("AC01", "AC04", "AC06", "AG01", "BE01", "RC01", "MD07");

  @PersistenceContext EntityManager em;
  @Inject Banks banks;
  @Inject PayoutAccounts payoutAccounts;
  @Inject Shops shops;
  @Inject Accounts accounts;
  @Inject Event<AccountChangeMail.Notice> accountChanged;
  @Inject Clock clock;

  /** How long a changed account waits before money may go to it: time for the owner to object. */
  @Inject
  @ConfigProperty(name = "market.payouts.cooling-off", defaultValue = "P2D")
  Duration coolingOff;

  /** The shop's account as it stands (awaiting approval or refused included); 404 when none. */
  public AccountView mine(Caller artisan) {
    Shop shop = shops.ownShop(artisan);
    return current(history(shop.id()))
        .map(this::view)
        .orElseThrow(() -> new Problems.NotFoundException("Receiving account of your shop"));
  }

  /**
   * Sets the shop's account after checking the password ({@code client} for its attempt budget).
   * The same details again change nothing; new ones replace the account as a new row.
   */
  public AccountView change(Caller artisan, AccountRequest request, String client) {
    Shop shop = shops.ownShop(artisan);
    Banks.Bank bank = banks.byBin(request.bankBin().strip()).orElseThrow(() ->
        new Problems.InvalidInputException("bankBin", "is not a bank in the NAPAS list (GET /api/banks)"));
    String number = AccountDetails.accountNumber(request.accountNumber());
    String holder = AccountDetails.holderName(request.accountName());
    accounts.confirmPassword(artisan.accountId(), request.password(), client);

    // one change of a shop's account at a time, the first one included
    shops.lock(shop.id());
    List<PayoutAccount> history = history(shop.id());
    // at most one: the shop's lock keeps it so
    Optional<PayoutAccount> standing = history.stream()
        .filter(a -> a.status() == Status.ACTIVE || a.status() == Status.AWAITING_APPROVAL)
        .reduce((older, newer) -> newer);
    if (standing.isPresent() && standing.get().bankBin().equals(bank.bin())
        && standing.get().accountNumber().equals(number) && standing.get().accountName().equals(holder)) {
      return view(standing.get());
    }

    String ownerName = accounts.account(shop.ownerAccountId()).displayName();
    Instant now = now();
    Instant usableFrom = history.isEmpty() ? now : now.plus(coolingOff);
    standing.ifPresent(PayoutAccount::replaced);
    PayoutAccount account = new PayoutAccount(shop.id(), bank.bin(), number, holder,
        AccountDetails.sameHolder(holder, ownerName), artisan.accountId(), now, usableFrom);
    em.persist(account);
    em.flush();
    audit(history.isEmpty() ? SET : CHANGED, account, artisan.accountId(), now,
        describe(account) + (standing.isPresent() ? "; replaces #" + standing.get().id() : ""));
    accountChanged.fire(new AccountChangeMail.Notice(artisan.email(), ownerName, shop.name(),
        bank.shortName(), AccountDetails.masked(number), holder, !account.nameMatches(), usableFrom, now));
    return view(account);
  }

  /** Accounts in that state, oldest first: the officers' queue. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReviewItem> withStatus(Status status) {
    List<PayoutAccount> queue = em.createQuery("select a from PayoutAccount a where a.status = :status"
            + " order by a.createdAt, a.id", PayoutAccount.class)
        .setParameter("status", status)
        .setMaxResults(500)
        .getResultList();
    Map<Long, ShopPlace> shopsOf =
        shops.places(queue.stream().map(PayoutAccount::shopId).collect(Collectors.toSet()));
    Map<Long, String> ownerNames =
        accounts.displayNames(shopsOf.values().stream().map(ShopPlace::ownerAccountId).toList());
    // as the join it replaces: an account whose shop or owner is gone is not listed
    return queue.stream()
        .filter(a -> shopsOf.containsKey(a.shopId())
            && ownerNames.containsKey(shopsOf.get(a.shopId()).ownerAccountId()))
        .map(a -> {
          ShopPlace shop = shopsOf.get(a.shopId());
          return item(a, shop, ownerNames.get(shop.ownerAccountId()));
        })
        .toList();
  }

  /** The owner of the shop a receiving account pays, for the log of officers' reads. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Long ownerOfAccount(long payoutAccountId) {
    PayoutAccount account = em.find(PayoutAccount.class, payoutAccountId);
    if (account == null) {
      return null;
    }
    ShopPlace shop = shops.places(java.util.Set.of(account.shopId())).get(account.shopId());
    return shop == null ? null : shop.ownerAccountId();
  }

  /** An officer approves an account whose holder is not the owner, or refuses it with a reason. */
  public ReviewItem decide(Caller officer, long id, DecisionRequest decision) {
    String reason = VietnameseText.clean(decision.reason());
    boolean approve = decision.approve();
    if (!approve && (reason == null || reason.isEmpty())) {
      throw new Problems.InvalidInputException("reason", "is needed to refuse an account: the artisan is told");
    }
    PayoutAccount account = em.find(PayoutAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw new Problems.NotFoundException("Receiving account " + id);
    }
    if (account.status() != Status.AWAITING_APPROVAL) {
      throw new Problems.ConflictException("This account is " + account.status() + ", not awaiting approval.");
    }
    Instant now = now();
    account.decide(approve, officer.accountId(), reason == null || reason.isEmpty() ? null : reason, now);
    em.flush();
    audit(approve ? APPROVED : REFUSED, account, officer.accountId(), now,
        describe(account) + (account.decisionReason() == null ? "" : "; reason: " + account.decisionReason()));
    ShopPlace shop = shops.places(List.of(account.shopId())).get(account.shopId());
    return item(account, shop, accounts.account(shop.ownerAccountId()).displayName());
  }

  /**
   * A transfer to the account was rejected for a reason that lies with the account: it is no
   * longer paid to (the shop's money waits, "no account", until the artisan enters another), and
   * the artisan sees the bank's reason on the money page. Other reasons leave it as it is.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean rejectedByBank(long accountId, String reason) {
    String code = reason == null ? "" : reason.strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
    if (!ACCOUNT_REASONS.contains(code)) {
      return false;
    }
    PayoutAccount account = em.find(PayoutAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account == null || account.status() != Status.ACTIVE) {
      return false;
    }
    Instant now = now();
    account.refusedByBank("Ngân hàng từ chối chuyển khoản: " + reason.strip(), now);
    em.flush();
    audit(REFUSED_BY_BANK, account, null, now, describe(account) + "; " + reason.strip());
    return true;
  }

  /** In whole seconds, as the database keeps them: the answer shows what a payout run will read. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private List<PayoutAccount> history(long shopId) {
    return em.createQuery("select a from PayoutAccount a where a.shopId = :shop order by a.id",
            PayoutAccount.class)
        .setParameter("shop", shopId)
        .getResultList();
  }

  /** The newest row that was not replaced: what the artisan last asked for, and its fate. */
  private static Optional<PayoutAccount> current(List<PayoutAccount> history) {
    return history.stream().filter(a -> a.status() != Status.REPLACED).reduce((older, newer) -> newer);
  }

  /**
   * Written in SQL: the table is shared with the payout runs' audit, which owns its own mapping.
   * The number is masked, as in the mail: the audit is read by more people than the account.
   */
  private void audit(String action, PayoutAccount account, Long actor, Instant at, String detail) {
    em.createNativeQuery("INSERT INTO payout_audit (action, account_id, shop_id, actor_account_id, detail, at)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, action)
        .setParameter(2, account.id())
        .setParameter(3, account.shopId())
        .setParameter(4, actor)
        .setParameter(5, detail.length() > 500 ? detail.substring(0, 500) : detail)
        .setParameter(6, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
        .executeUpdate();
  }

  private static String describe(PayoutAccount a) {
    return "bank " + a.bankBin() + ", account " + AccountDetails.masked(a.accountNumber()) + ", holder "
        + a.accountName() + (a.nameMatches() ? " (the owner)" : " (not the owner's name)") + ", "
        + a.status() + ", usable from " + a.usableFrom();
  }

  private String bankName(String bin) {
    return banks.byBin(bin).map(Banks.Bank::shortName).orElse(bin);
  }

  /** Whether it is usable is asked of the rule the payout runs use. */
  private AccountView view(PayoutAccount a) {
    PayoutAccount usable = payoutAccounts.usableFor(List.of(a.shopId()), clock.instant()).get(a.shopId());
    return new AccountView(a.bankBin(), bankName(a.bankBin()), a.accountNumber(), a.accountName(),
        a.status().name(), a.nameMatches(), a.usableFrom(), a.createdAt(),
        usable != null && usable.id().equals(a.id()), a.decisionReason());
  }

  private ReviewItem item(PayoutAccount a, ShopPlace shop, String ownerName) {
    // the whole number only where an officer must compare it with the holder's name
    String number = a.status() == Status.AWAITING_APPROVAL ? a.accountNumber()
        : AccountDetails.masked(a.accountNumber());
    return new ReviewItem(a.id(), shop.slug(), shop.name(), ownerName, a.bankBin(), bankName(a.bankBin()),
        number, a.accountName(), a.status().name(), a.createdAt());
  }
}
