package vn.langnghe.market.ocop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.OcopBadges;
import vn.langnghe.market.catalog.Product;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.media.StoredImage;
import vn.langnghe.market.ocop.OcopViews.CertificateRequest;
import vn.langnghe.market.ocop.OcopViews.CertificateView;
import vn.langnghe.market.ocop.OcopViews.OnSaleVsCertified;
import vn.langnghe.market.platform.Notice;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.Shops;

/**
 * Submitting, verifying and expiring OCOP certificates, one use case per method. The product's
 * badge changes only here, through {@link OcopBadges}, in the transaction of the decision.
 */
@ApplicationScoped
@Transactional
public class OcopCertificates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Shops shops;
  @Inject Images images;
  @Inject OcopBadges badges;
  @Inject Event<Notice> notices;

  @Inject
  @ConfigProperty(name = "market.ocop.remind-before", defaultValue = "P1M")
  Period remindBefore;

  /** Today in Vietnam, where certificates are dated. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(Product.OCOP_CALENDAR));
  }

  /**
   * The artisan (or a digital helper acting for them) submits a certificate of their own product;
   * it waits for an officer and takes the place of one still waiting.
   */
  public CertificateView submit(Caller artisan, long productId, CertificateRequest request) {
    Product product = ownProduct(artisan, productId);
    LocalDate issuedOn = QueryParams.dateOrNull("issuedOn", request.issuedOn());
    LocalDate expiresOn = QueryParams.dateOrNull("expiresOn", request.expiresOn());
    String number = VietnameseText.clean(request.number());
    String issuer = VietnameseText.clean(request.issuer());
    OcopRules.checkSubmission(request.stars(), number, issuer, issuedOn, expiresOn, today());
    certificates(productId, OcopCertificate.Status.SUBMITTED).forEach(OcopCertificate::replace);
    OcopCertificate certificate = new OcopCertificate(productId, product.shop().id(),
        artisan.accountId(), artisan.helperAccountId(), request.stars(), number, issuer, issuedOn,
        expiresOn, clock.instant());
    em.persist(certificate);
    em.flush();
    return view(certificate, product);
  }

  /** The certificate's photo, checked and stored by media; private until an officer verifies it. */
  public CertificateView attachPhoto(Caller artisan, long productId, long certificateId, byte[] bytes) {
    Product product = ownProduct(artisan, productId);
    OcopCertificate certificate = locked(certificateId);
    if (certificate.productId() != productId) {
      throw new Problems.NotFoundException("Certificate " + certificateId);
    }
    StoredImage image = images.store(bytes, artisan.accountId(), "file");
    certificate.attachPhoto(image.id(), image.accessKey());
    return view(certificate, product);
  }

  /** Every certificate of the artisan's product, newest first. */
  public List<CertificateView> ofProduct(Caller artisan, long productId) {
    Product product = ownProduct(artisan, productId);
    return em.createQuery("select c from OcopCertificate c where c.productId = :product"
            + " order by c.submittedAt desc, c.id desc", OcopCertificate.class)
        .setParameter("product", productId)
        .getResultList().stream().map(c -> view(c, product)).toList();
  }

  /** The officers' queue: certificates of one status, oldest first. */
  public Page<CertificateView> withStatus(OcopCertificate.Status status, Page.Request page) {
    long total = em.createQuery("select count(c) from OcopCertificate c where c.status = :status", Long.class)
        .setParameter("status", status).getSingleResult();
    List<CertificateView> items = em.createQuery("select c from OcopCertificate c where c.status = :status"
            + " order by c.submittedAt, c.id", OcopCertificate.class)
        .setParameter("status", status)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList().stream().map(c -> view(c, em.find(Product.class, c.productId()))).toList();
    return new Page<>(total, page.page(), page.size(), items);
  }

  /** An officer verifies a submitted certificate: it replaces the product's previous one and shows its badge. */
  public CertificateView verify(Caller officer, long certificateId) {
    OcopCertificate certificate = locked(certificateId);
    certificate.verify(officer.accountId(), today(), clock.instant());
    certificates(certificate.productId(), OcopCertificate.Status.VERIFIED).stream()
        .filter(c -> !c.id().equals(certificate.id()))
        .forEach(OcopCertificate::replace);
    badges.show(certificate.productId(), certificate.stars(), certificate.number(), certificate.expiresOn());
    return view(certificate, em.find(Product.class, certificate.productId()));
  }

  /** An officer rejects a submitted certificate, or withdraws a verified one (its badge goes). */
  public CertificateView reject(Caller officer, long certificateId, String reason) {
    OcopCertificate certificate = locked(certificateId);
    boolean wasShown = certificate.status() == OcopCertificate.Status.VERIFIED;
    certificate.reject(officer.accountId(), VietnameseText.clean(reason), clock.instant());
    if (wasShown) {
      badges.clear(certificate.productId());
    }
    return view(certificate, em.find(Product.class, certificate.productId()));
  }

  /** Verified certificates whose last day is before {@code today}, at most {@code limit}. */
  public List<Long> dueForExpiry(LocalDate today, int limit) {
    return em.createQuery("select c.id from OcopCertificate c where c.status = :verified"
            + " and c.expiresOn < :today order by c.expiresOn, c.id", Long.class)
        .setParameter("verified", OcopCertificate.Status.VERIFIED)
        .setParameter("today", today)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The certificate has run out: its badge leaves the product (and, through the outbox, the search). */
  public void expire(long certificateId) {
    OcopCertificate certificate = locked(certificateId);
    if (certificate.status() != OcopCertificate.Status.VERIFIED
        || OcopRules.isValidOn(certificate.expiresOn(), today())) {
      return;
    }
    certificate.expire();
    badges.clear(certificate.productId());
  }

  /** Verified certificates running out within the reminder lead whose artisan was not told yet. */
  public List<Long> dueForReminder(LocalDate today, int limit) {
    return em.createQuery("select c.id from OcopCertificate c where c.status = :verified"
            + " and c.remindedAt is null and c.expiresOn >= :today and c.expiresOn <= :until"
            + " order by c.expiresOn, c.id", Long.class)
        .setParameter("verified", OcopCertificate.Status.VERIFIED)
        .setParameter("today", today)
        .setParameter("until", today.plus(remindBefore))
        .setMaxResults(limit)
        .getResultList();
  }

  /** Tells the shop's owner, once per certificate, that its badge goes after its last day. */
  public void remind(long certificateId) {
    OcopCertificate certificate = locked(certificateId);
    if (certificate.remindedAt() != null || certificate.status() != OcopCertificate.Status.VERIFIED
        || !OcopRules.dueForReminder(certificate.expiresOn(), today(), remindBefore)) {
      return;
    }
    Product product = em.find(Product.class, certificate.productId());
    Shop shop = product.shop();
    String lastDay = DAY.format(certificate.expiresOn());
    notices.fire(new Notice(shop.ownerAccountId(), "OCOP_EXPIRING",
        "[Làng Nghề] Giấy chứng nhận OCOP của \"" + product.title() + "\" sắp hết hạn",
        "Giấy chứng nhận OCOP " + certificate.stars() + " sao số " + certificate.number()
            + " của sản phẩm \"" + product.title() + "\" hết hạn ngày " + lastDay
            + ". Sau ngày đó sản phẩm không còn hiện huy hiệu OCOP.\n\nKhi được cấp giấy mới,"
            + " hãy gửi giấy mới trên trang sản phẩm để cán bộ xác minh.",
        "/artisan.html#sua/" + product.id(),
        Map.of("product_name", shorten(product.title()), "expiry_date", lastDay)));
    certificate.reminded(clock.instant());
  }

  /** The stars of the product's verified, unexpired certificate; 0 without one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int verifiedStars(long productId) {
    Product product = em.find(Product.class, productId);
    return product == null ? 0 : product.ocopStarsOn(today());
  }

  /**
   * Products with a verified, unexpired certificate of 3 stars or more (archived ones aside), and
   * how many of them are on sale now.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public OnSaleVsCertified onSaleVsCertified() {
    Object[] counts = em.createQuery("select count(p), coalesce(sum(case when"
            + " p.status = vn.langnghe.market.catalog.Product.Status.ACTIVE"
            + " and s.status = vn.langnghe.market.shops.Shop.Status.APPROVED and p.hiddenAt is null"
            + " then 1 else 0 end), 0) from Product p join p.shop s where p.ocopStars >= 3"
            + " and p.status <> vn.langnghe.market.catalog.Product.Status.ARCHIVED"
            + " and (p.ocopExpiresOn is null or p.ocopExpiresOn >= :today)", Object[].class)
        .setParameter("today", today())
        .getSingleResult();
    return new OnSaleVsCertified(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
  }

  /** "Tải dữ liệu của tôi": the certificates the account submitted (business records). */
  void export(@Observes PersonalDataExport export) {
    List<Map<String, Object>> rows = em.createQuery(
            "select c from OcopCertificate c where c.submittedBy = :account order by c.id", OcopCertificate.class)
        .setParameter("account", export.accountId())
        .getResultList().stream().map(c -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("productId", c.productId());
          row.put("stars", c.stars());
          row.put("number", c.number());
          row.put("issuer", c.issuer());
          row.put("issuedOn", c.issuedOn() == null ? null : c.issuedOn().toString());
          row.put("expiresOn", c.expiresOn() == null ? null : c.expiresOn().toString());
          row.put("status", c.status().name());
          row.put("submittedAt", c.submittedAt().toString());
          row.put("byHelper", c.submittedByHelper() != null);
          return row;
        }).toList();
    if (!rows.isEmpty()) {
      export.add("ocopCertificates", rows);
    }
  }

  private List<OcopCertificate> certificates(long productId, OcopCertificate.Status status) {
    return em.createQuery("select c from OcopCertificate c where c.productId = :product"
            + " and c.status = :status", OcopCertificate.class)
        .setParameter("product", productId)
        .setParameter("status", status)
        .getResultList();
  }

  private Product ownProduct(Caller artisan, long productId) {
    Shop shop = shops.ownShop(artisan);
    Product product = em.find(Product.class, productId);
    if (product == null || !product.shop().id().equals(shop.id())) {
      throw new Problems.NotFoundException("Product " + productId);
    }
    if (product.status() == Product.Status.ARCHIVED) {
      throw new Problems.ConflictException("status", "The product is archived.");
    }
    return product;
  }

  /** The certificate locked for a decision, so two officers or two sweeps decide it once. */
  private OcopCertificate locked(long id) {
    OcopCertificate certificate = em.find(OcopCertificate.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (certificate == null) {
      throw new Problems.NotFoundException("Certificate " + id);
    }
    return certificate;
  }

  private static CertificateView view(OcopCertificate c, Product product) {
    return CertificateView.of(c, product.title(), product.slug(), product.shop().name());
  }

  private static String shorten(String text) {
    return text.length() <= 100 ? text : text.substring(0, 99) + "…";
  }
}
