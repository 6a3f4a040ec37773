package vn.langnghe.market.digitalhelpers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.digitalhelpers.HelperViews.AppointRequest;
import vn.langnghe.market.digitalhelpers.HelperViews.CommuneRef;
import vn.langnghe.market.digitalhelpers.HelperViews.HelperView;
import vn.langnghe.market.digitalhelpers.HelperViews.MandateView;
import vn.langnghe.market.digitalhelpers.HelperViews.OnboardRequest;
import vn.langnghe.market.digitalhelpers.HelperViews.ShopRef;
import vn.langnghe.market.identity.Account;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.PasswordResets;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.identity.ShopDirectory;
import vn.langnghe.market.notifications.Notifications;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.ActingHelper;
import vn.langnghe.market.platform.Notice;
import vn.langnghe.market.platform.PersonalDataRead;
import vn.langnghe.market.platform.Problems;

/**
 * The helpers' work with their communes and artisans: officers appoint helpers and set their
 * communes; a helper onboards an artisan with the artisan's recorded consent and hands over; the
 * artisan sees and ends their mandates.
 */
@ApplicationScoped
@Transactional
public class DigitalHelpers {

  private static final Logger LOG = Logger.getLogger(DigitalHelpers.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject PasswordResets passwordResets;
  @Inject Places places;
  @Inject Mandates mandates;
  @Inject ShopDirectory shopDirectory;
  @Inject Notifications notifications;
  @Inject ActingHelper actingHelper;
  @Inject HelperActions actions;
  @Inject Event<Notice> notices;
  @Inject Event<PersonalDataRead> personalDataReads;

  @Inject
  @ConfigProperty(name = "market.helpers.consent-code-lifetime", defaultValue = "PT15M")
  Duration codeLifetime;

  @Inject
  @ConfigProperty(name = "market.helpers.consent-code-attempts", defaultValue = "5")
  int codeAttempts;

  @Inject
  @ConfigProperty(name = "market.helpers.take-over-link-lifetime", defaultValue = "P7D")
  Duration takeOverLifetime;

  // ---- officers

  /** Appoints a helper: the role for an existing account, else a new account with a set-password link. */
  public HelperView appoint(Caller officer, AppointRequest request) {
    List<String> communes = validCommunes(request.communeCodes(), "communeCodes");
    var existing = accounts.findByEmail(request.email());
    boolean created = existing.isEmpty();
    long id;
    if (created) {
      if (request.displayName() == null || request.displayName().isBlank()) {
        throw new Problems.InvalidInputException("displayName", "is required for a new account");
      }
      Account account = accounts.create(request.email(), randomPassword(), request.displayName(),
          Set.of(Role.DIGITAL_HELPER));
      id = account.id();
      passwordResets.offerTakeOver(id, takeOverLifetime);
    } else {
      id = existing.get().id();
      accounts.grantRole(id, Role.DIGITAL_HELPER);
    }
    setCommunes(officer, id, communes);
    LOG.info("Officer " + officer.accountId() + " appointed helper " + id + " for " + communes);
    return helper(officer, id, created);
  }

  public HelperView changeCommunes(Caller officer, long helperId, List<String> codes) {
    List<String> communes = validCommunes(codes, "communeCodes");
    requireHelper(helperId);
    setCommunes(officer, helperId, communes);
    return helper(officer, helperId, false);
  }

  public List<HelperView> helpers(Caller officer) {
    @SuppressWarnings("unchecked")
    List<Long> ids = em.createNativeQuery(
            "select distinct helper_account_id from helper_commune order by helper_account_id")
        .getResultList().stream().map(n -> ((Number) n).longValue()).toList();
    return ids.stream().map(id -> helper(officer, id, false)).toList();
  }

  private HelperView helper(Caller officer, long id, boolean created) {
    var account = accounts.account(id);
    personalDataReads.fire(new PersonalDataRead(officer.accountId(), id, "digital helper's e-mail"));
    return new HelperView(id, account.email(), account.displayName(),
        mandates.communesOf(id).stream().map(this::commune).toList(), created);
  }

  private void requireHelper(long id) {
    var account = accounts.account(id);
    if (!account.roles().contains(Role.DIGITAL_HELPER.name())) {
      throw new Problems.NotFoundException("Digital helper " + id);
    }
  }

  private void setCommunes(Caller officer, long helperId, List<String> communes) {
    em.createNativeQuery("delete from helper_commune where helper_account_id = ?")
        .setParameter(1, helperId).executeUpdate();
    Instant now = clock.instant();
    for (String code : communes) {
      em.createNativeQuery("insert into helper_commune (helper_account_id, commune_code, assigned_at,"
              + " assigned_by) values (?, ?, ?, ?)")
          .setParameter(1, helperId).setParameter(2, code)
          .setParameter(3, java.sql.Timestamp.from(now)).setParameter(4, officer.accountId())
          .executeUpdate();
    }
  }

  private List<String> validCommunes(List<String> codes, String field) {
    Set<String> unique = new LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (places.currentCommune(code).isEmpty()) {
        throw new Problems.InvalidInputException(field + "[" + i + "]", "no commune in force has this code");
      }
      unique.add(code);
    }
    return List.copyOf(unique);
  }

  CommuneRef commune(String code) {
    return new CommuneRef(code, places.currentCommune(code).map(u -> u.name()).orElse(code));
  }

  // ---- helpers

  public List<CommuneRef> myCommunes(Caller helper) {
    return mandates.communesOf(helper.accountId()).stream().map(this::commune).toList();
  }

  /**
   * Creates the account of an artisan who is not online, in one of the helper's communes, and a
   * mandate awaiting the artisan's consent; with CODE consent the artisan is sent a one-time code.
   */
  public MandateView onboard(Caller helper, OnboardRequest request) {
    requireOwnCommune(helper, request.communeCode(), "communeCode");
    if (request.phone() != null && !request.phone().isBlank()) {
      // checked under the onboarding's own field name before anything is created
      vn.langnghe.market.platform.PhoneNumbers.vietnamese(request.phone(), "phone");
    }
    actingHelper.set(helper.accountId());
    Account account = accounts.create(request.email(), randomPassword(), request.displayName(),
        Set.of(Role.ARTISAN));
    if (request.phone() != null && !request.phone().isBlank()) {
      notifications.setPhone(account.id(), request.phone());
    }
    Mandate mandate = new Mandate(helper.accountId(), account.id(), request.communeCode(), clock.instant());
    em.persist(mandate);
    em.flush();
    // no name in the audit's summary: the row outlives the account's erasure
    actions.record(helper.accountId(), account.id(), HelperAction.Kind.ACCOUNT_CREATED, account.id(),
        null, HelperAction.Kind.ACCOUNT_CREATED.label, null);
    if (request.consent() == Mandate.Consent.CODE) {
      sendCode(mandate, helper);
    }
    return view(mandate);
  }

  /** A new code for a mandate still awaiting consent (the earlier ones stop working). */
  public MandateView resendCode(Caller helper, long mandateId) {
    Mandate mandate = ownMandate(helper, mandateId);
    em.lock(mandate, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    requireAwaiting(mandate);
    // each code brings its own tries: a few codes per artisan, then a consent photo or an officer
    long sent = em.createQuery("select count(c) from ConsentCode c where c.mandateId = :m", Long.class)
        .setParameter("m", mandate.id()).getSingleResult();
    if (sent >= MAX_CODES) {
      throw new Problems.ConflictException("Đã gửi " + MAX_CODES + " mã cho người này: hãy dùng ảnh"
          + " giấy đồng ý có chữ ký, hoặc nhờ cán bộ xã.");
    }
    sendCode(mandate, helper);
    return view(mandate);
  }

  @Transactional(dontRollbackOn = WrongCodeException.class)
  public MandateView confirmCode(Caller helper, long mandateId, String code) {
    Mandate mandate = ownMandate(helper, mandateId);
    // tries at once are counted one after the other, each seeing the ones before
    em.lock(mandate, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    requireAwaiting(mandate);
    Instant now = clock.instant();
    ConsentCode latest = em.createQuery("select c from ConsentCode c where c.mandateId = :m"
            + " order by c.id desc", ConsentCode.class)
        .setParameter("m", mandate.id())
        .setMaxResults(1)
        .getResultStream().findFirst()
        .orElseThrow(() -> new Problems.InvalidInputException("code", "Chưa gửi mã nào. Hãy gửi mã."));
    String refusal = latest.refusal(now, codeAttempts);
    if (refusal != null) {
      throw new Problems.InvalidInputException("code", refusal);
    }
    if (!latest.tryHash(hash(mandate.id(), code), now)) {
      // the failed try counts although the request fails: this exception does not roll back
      throw new WrongCodeException();
    }
    mandate.consent(Mandate.Consent.CODE, now);
    return view(mandate);
  }

  public MandateView consentPhoto(Caller helper, long mandateId, byte[] photo) {
    Mandate mandate = ownMandate(helper, mandateId);
    requireAwaiting(mandate);
    mandate.consentByPhoto(photo, contentTypeOf(photo), clock.instant());
    return view(mandate);
  }

  public List<MandateView> myArtisans(Caller helper) {
    return em.createQuery("select m from Mandate m where m.helperAccountId = :helper order by m.id desc",
            Mandate.class)
        .setParameter("helper", helper.accountId())
        .getResultList().stream().map(this::view).toList();
  }

  /** The helper hands over: the mandate ends and the artisan is mailed a set-password link. */
  public MandateView handOverByHelper(Caller helper, long mandateId) {
    Mandate mandate = ownMandate(helper, mandateId);
    if (mandate.handOver(helper.accountId(), clock.instant())) {
      passwordResets.offerTakeOver(mandate.artisanAccountId(), takeOverLifetime);
      notices.fire(new Notice(mandate.artisanAccountId(), "HELPER_HANDED_OVER",
          "Người hỗ trợ đã trao lại tài khoản cho bạn",
          "Người hỗ trợ số của xã đã trao lại tài khoản Làng Nghề Market cho bạn. Thư đặt mật khẩu"
              + " đã được gửi tới e-mail của bạn.", "/artisan.html", Map.of()));
    }
    return view(mandate);
  }

  // ---- artisans

  public List<MandateView> mandatesOf(Caller artisan) {
    return em.createQuery("select m from Mandate m where m.artisanAccountId = :artisan order by m.id desc",
            Mandate.class)
        .setParameter("artisan", artisan.accountId())
        .getResultList().stream().map(this::view).toList();
  }

  /** The artisan ends a helper's mandate: from now on the helper cannot act for them. */
  public MandateView endMandate(Caller artisan, long mandateId) {
    requireOwnHands(artisan);
    Mandate mandate = em.find(Mandate.class, mandateId);
    if (mandate == null || mandate.artisanAccountId() != artisan.accountId()) {
      throw new Problems.NotFoundException("Mandate " + mandateId);
    }
    mandate.handOver(artisan.accountId(), clock.instant());
    return view(mandate);
  }

  /** What only the artisan decides (undo, ending a mandate) is not done by a helper for them. */
  static void requireOwnHands(Caller artisan) {
    if (artisan.byHelper()) {
      throw new Problems.AccessDeniedException("Only the artisan themselves can do this.");
    }
  }

  // ---- officers: the consent photo

  public byte[] consentPhotoFor(Caller officer, long mandateId) {
    Mandate mandate = em.find(Mandate.class, mandateId);
    if (mandate == null || mandate.consentPhoto() == null) {
      throw new Problems.NotFoundException("Consent photo of mandate " + mandateId);
    }
    personalDataReads.fire(new PersonalDataRead(officer.accountId(), mandate.artisanAccountId(),
        "consent photo of helper mandate " + mandateId));
    return mandate.consentPhoto();
  }

  // ----

  /** Codes one mandate may be sent, each with its own tries. */
  static final int MAX_CODES = 3;

  private void sendCode(Mandate mandate, Caller helper) {
    // only the newest code of a mandate is ever tried (confirmCode), so a new one retires the rest
    Instant now = clock.instant();
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    em.persist(new ConsentCode(mandate.id(), hash(mandate.id(), code), now, now.plus(codeLifetime)));
    String helperName = accounts.displayNames(List.of(helper.accountId())).getOrDefault(helper.accountId(), "");
    notices.fire(new Notice(mandate.artisanAccountId(), "HELPER_CONSENT_CODE",
        "Mã đồng ý cho người hỗ trợ số: " + code,
        "Người hỗ trợ số của xã (" + helperName + ") đang lập tài khoản bán hàng Làng Nghề Market"
            + " cho bạn. Nếu bạn đồng ý để họ giúp bạn, hãy đọc cho họ mã: " + code + "\n\n"
            + "Mã dùng được một lần, trong " + codeLifetime.toMinutes() + " phút. Nếu bạn không"
            + " đồng ý, đừng đưa mã cho ai.", "/artisan.html",
        Map.of("code", code, "helper", helperName), helper.accountId()));
  }

  private Mandate ownMandate(Caller helper, long mandateId) {
    Mandate mandate = em.find(Mandate.class, mandateId);
    if (mandate == null || mandate.helperAccountId() != helper.accountId()) {
      throw new Problems.NotFoundException("Mandate " + mandateId);
    }
    requireOwnCommune(helper, mandate.communeCode(), "communeCode");
    return mandate;
  }

  private void requireOwnCommune(Caller helper, String communeCode, String field) {
    if (!mandates.coversCommune(helper.accountId(), communeCode)) {
      throw new Problems.AccessDeniedException(
          "Commune " + communeCode + " is not one of your communes (" + field + ").");
    }
  }

  private static void requireAwaiting(Mandate mandate) {
    if (mandate.state() != Mandate.State.AWAITING_CONSENT) {
      throw new Problems.ConflictException("The artisan's consent is already recorded or the mandate ended.");
    }
  }

  MandateView view(Mandate m) {
    Map<Long, String> names = accounts.displayNames(List.of(m.helperAccountId(), m.artisanAccountId()));
    var artisan = accounts.account(m.artisanAccountId());
    ShopRef shop = shopDirectory.shopOwnedBy(m.artisanAccountId())
        .map(s -> new ShopRef(s.id(), s.slug(), s.name(), s.status()))
        .orElse(null);
    return new MandateView(m.id(), m.artisanAccountId(), names.get(m.artisanAccountId()),
        artisan.email(), m.helperAccountId(), names.get(m.helperAccountId()), commune(m.communeCode()),
        m.state().name(), m.consentMethod() == null ? null : m.consentMethod().name(),
        m.consentedAt(), m.handedOverAt(), shop);
  }

  static String hash(long mandateId, String code) {
    return Accounts.sha256(mandateId + ":" + code);
  }

  /** An account nobody can sign in to until its owner sets a password through a link. */
  private static String randomPassword() {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  static String contentTypeOf(byte[] bytes) {
    if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      return "image/jpeg";
    }
    if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P') {
      return "image/png";
    }
    if (bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B') {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  /** A wrong code: 400 naming {@code code}; the try still counts (the transaction commits). */
  public static class WrongCodeException extends Problems.InvalidInputException {
    public WrongCodeException() {
      super("code", "Mã không đúng.");
    }
  }
}
