package vn.langnghe.market.listings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.catalog.ListingVisibility;
import vn.langnghe.market.catalog.ListingVisibility.ListingRef;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.listings.ListingViews.HideRequest;
import vn.langnghe.market.listings.ListingViews.TakedownView;
import vn.langnghe.market.platform.Notice;
import vn.langnghe.market.platform.Problems;

/**
 * Officers hide one listing and put it back; its artisan reads why and answers. Each step tells
 * the artisan through a {@link Notice}.
 */
@ApplicationScoped
@Transactional
public class Takedowns {

  static final String HIDDEN = "LISTING_HIDDEN";
  static final String RESTORED = "LISTING_RESTORED";

  @PersistenceContext EntityManager em;
  @Inject ListingVisibility listings;
  @Inject ListingReports reports;
  @Inject Clock clock;
  @Inject Event<Notice> notices;

  public TakedownView hide(Caller officer, long productId, HideRequest request) {
    String reason = ListingReports.text(request.reason());
    if (reason == null) {
      throw new Problems.InvalidInputException("reason", "say why the listing is hidden");
    }
    ListingRef listing = listings.hide(productId, reason);
    Takedown takedown = new Takedown(listing.id(), listing.shopId(), listing.ownerAccountId(), reason,
        officer.accountId(), clock.instant());
    em.persist(takedown);
    em.flush();
    reports.decideByTakedown(takedown, request.reportIds(), officer);
    notices.fire(new Notice(listing.ownerAccountId(), HIDDEN,
        "Sản phẩm \"" + listing.title() + "\" đã bị tạm ẩn",
        "Cán bộ quản lý sàn đã tạm ẩn sản phẩm \"" + listing.title() + "\" của cửa hàng "
            + listing.shopName() + ".\nLý do: " + reason
            + "\nBạn có thể sửa sản phẩm và gửi giải trình trong trang Cửa hàng của tôi.",
        "/artisan.html#san-pham", Map.of("product", listing.title(), "reason", reason)));
    return TakedownView.of(takedown, listing);
  }

  public TakedownView restore(Caller officer, long productId, String note) {
    Takedown takedown = inForce(productId)
        .orElseThrow(() -> new Problems.ConflictException("The listing is not hidden."));
    String cleanNote = ListingReports.text(note);
    takedown.lift(officer.accountId(), cleanNote, clock.instant());
    ListingRef listing = listings.restore(productId);
    notices.fire(new Notice(listing.ownerAccountId(), RESTORED,
        "Sản phẩm \"" + listing.title() + "\" đã được hiển thị lại",
        "Cán bộ quản lý sàn đã cho hiển thị lại sản phẩm \"" + listing.title() + "\"."
            + (cleanNote == null ? "" : "\nGhi chú: " + cleanNote),
        "/san-pham/" + listing.slug(), Map.of("product", listing.title())));
    return TakedownView.of(takedown, listing);
  }

  /** The artisan's answer to the takedown of their own listing, for the officers to read. */
  public TakedownView appeal(Caller artisan, long productId, String text) {
    ListingRef listing = listings.ownListing(artisan, productId);
    String answer = ListingReports.text(text);
    if (answer == null) {
      throw new Problems.InvalidInputException("text", "write your answer");
    }
    Takedown takedown = inForce(listing.id())
        .orElseThrow(() -> new Problems.ConflictException("The listing is not hidden."));
    takedown.appeal(answer, clock.instant());
    return TakedownView.of(takedown, listing);
  }

  /** The artisan's hidden listings (and those put back), latest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TakedownView> ofArtisan(Caller artisan) {
    return views(em.createQuery("select t from Takedown t where t.artisanAccountId = :artisan"
            + " order by t.hiddenAt desc, t.id desc", Takedown.class)
        .setParameter("artisan", artisan.accountId())
        .setMaxResults(100)
        .getResultList());
  }

  /** For officers: the takedowns in force, those with an answer not yet acted on first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TakedownView> inForce() {
    return views(em.createQuery("select t from Takedown t where t.liftedAt is null"
            + " order by t.appealedAt desc, t.hiddenAt desc", Takedown.class)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .sorted(java.util.Comparator.comparing((Takedown t) -> t.appealedAt() == null))
        .toList());
  }

  private List<TakedownView> views(List<Takedown> takedowns) {
    Map<Long, ListingRef> refs = listings.listings(takedowns.stream().map(Takedown::productId).toList());
    return takedowns.stream().map(t -> TakedownView.of(t, refs.get(t.productId()))).toList();
  }

  private java.util.Optional<Takedown> inForce(long productId) {
    return em.createQuery("select t from Takedown t where t.productId = :product and t.liftedAt is null",
            Takedown.class)
        .setParameter("product", productId)
        .getResultStream()
        .findFirst();
  }
}
