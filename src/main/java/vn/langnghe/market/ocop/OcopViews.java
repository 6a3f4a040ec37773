package vn.langnghe.market.ocop;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;

/** What the OCOP endpoints take and answer. */
public final class OcopViews {

  private OcopViews() {}

  /** A certificate as the artisan copies it from the paper; dates as yyyy-MM-dd. */
  public record CertificateRequest(
      Integer stars,
      @Size(max = 60) String number,
      @Size(max = 200) String issuer,
      @Size(max = 10) String issuedOn,
      @Size(max = 10) String expiresOn) {}

  public record RejectRequest(@Size(max = 1000) String reason) {}

  /**
   * A certificate with its product and shop; {@code photoUrl} its photo (visible to the artisan and
   * officers, to everyone once verified), {@code byHelper} whether a digital helper submitted it.
   */
  public record CertificateView(long id, long productId, String productTitle, String productSlug,
      long shopId, String shopName, int stars, String number, String issuer, LocalDate issuedOn,
      LocalDate expiresOn, String status, String photoUrl, String photoThumbUrl, boolean byHelper,
      Instant submittedAt, Instant decidedAt, String rejectReason) {

    static CertificateView of(OcopCertificate c, String productTitle, String productSlug,
        String shopName) {
      return new CertificateView(c.id(), c.productId(), productTitle, productSlug, c.shopId(),
          shopName, c.stars(), c.number(), c.issuer(), c.issuedOn(), c.expiresOn(),
          c.status().name(),
          c.photoKey() == null ? null : Images.url(c.photoKey(), ImageRendition.Size.LARGE),
          c.photoKey() == null ? null : Images.url(c.photoKey(), ImageRendition.Size.THUMB),
          c.submittedByHelper() != null, c.submittedAt(), c.decidedAt(), c.rejectReason());
    }
  }

  /**
   * The province's goal of every OCOP product on sale online: {@code certified} products with a
   * verified, unexpired certificate of 3 stars or more; {@code onSale} how many of them are on sale.
   */
  public record OnSaleVsCertified(long certified, long onSale) {}
}
