package vn.langnghe.market.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The parcels booked with carriers and what the carriers tell about them. A notice is applied
 * under the parcel's row lock: each step is stored once, the status only moves forward, and each
 * {@link ParcelNotice} is fired once, in the notice's transaction.
 */
@ApplicationScoped
@Transactional
public class Parcels {

  private static final Logger LOG = Logger.getLogger(Parcels.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Event<ParcelNotice> notices;
  @Inject Event<ReturnParcelNotice> returnNotices;
  @Inject Carriers carriers;
  @Inject Clock clock;

  /** What a notice did. */
  public enum Applied { APPLIED, REPEATED, UNKNOWN_PARCEL, UNKNOWN_STATUS }

  /**
   * Keeps a booking as the shop order's parcel, in the caller's transaction (which holds the
   * order's lock); the parcel kept before, if any, stays and is answered.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Booking record(Booking booking) {
    Optional<Parcel> earlier = ofShopOrder(booking.shopOrderId());
    if (earlier.isPresent()) {
      return booking(earlier.get());
    }
    Instant now = clock.instant();
    Parcel parcel = new Parcel(booking.shopOrderId(), booking.carrier(), booking, now);
    em.persist(parcel);
    em.flush();
    em.persist(new ParcelStep(parcel.id(), GhnStatus.READY_TO_PICK.code(), now, now, null));
    return booking(parcel);
  }

  /**
   * Keeps a booking as the parcel carrying a return back to its shop, in the caller's
   * transaction (which holds the order's lock); the one kept before for that return stays and
   * is answered. Never touches the shop order's outbound parcel.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Booking recordReturn(long returnId, Booking booking) {
    Optional<Parcel> earlier = ofReturn(returnId);
    if (earlier.isPresent()) {
      return booking(earlier.get());
    }
    Instant now = clock.instant();
    Parcel parcel = new Parcel(booking.shopOrderId(), Parcel.Purpose.RETURN, returnId, booking.carrier(),
        booking, now);
    em.persist(parcel);
    em.flush();
    em.persist(new ParcelStep(parcel.id(), GhnStatus.READY_TO_PICK.code(), now, now, null));
    return booking(parcel);
  }

  /** The parcel booked before to carry this return back, if any. */
  public Optional<Booking> bookedReturn(long returnId) {
    return ofReturn(returnId).map(this::booking);
  }

  /** The parcels carrying these returns back, by return. */
  public Map<Long, ParcelView> ofReturns(Collection<Long> returnIds) {
    if (returnIds.isEmpty()) {
      return new HashMap<>();
    }
    return views(em.createQuery("select p from Parcel p where p.purpose = :purpose and p.returnId in :ids",
            Parcel.class)
        .setParameter("purpose", Parcel.Purpose.RETURN)
        .setParameter("ids", returnIds)
        .getResultList(), Parcel::returnId);
  }

  /** The shop order's parcel booked before, if any. */
  public Optional<Booking> booked(long shopOrderId) {
    return ofShopOrder(shopOrderId).map(this::booking);
  }

  public Optional<ParcelView> of(long shopOrderId) {
    return Optional.ofNullable(of(List.of(shopOrderId)).get(shopOrderId));
  }

  /** The outbound parcels of these shop orders, by shop order. */
  public Map<Long, ParcelView> of(Collection<Long> shopOrderIds) {
    if (shopOrderIds.isEmpty()) {
      return new HashMap<>();
    }
    return views(em.createQuery("select p from Parcel p where p.purpose = :purpose and p.shopOrderId in :ids",
            Parcel.class)
        .setParameter("purpose", Parcel.Purpose.OUTBOUND)
        .setParameter("ids", shopOrderIds)
        .getResultList(), Parcel::shopOrderId);
  }

  private Map<Long, ParcelView> views(List<Parcel> parcels, java.util.function.Function<Parcel, Long> key) {
    Map<Long, ParcelView> views = new HashMap<>();
    for (Parcel p : parcels) {
      List<ParcelView.StepView> steps = em.createQuery(
              "select s from ParcelStep s where s.parcelId = :parcel order by s.happenedAt, s.id", ParcelStep.class)
          .setParameter("parcel", p.id())
          .getResultList()
          .stream()
          .map(s -> new ParcelView.StepView(s.step(), GhnStatus.labelOf(s.step()), s.happenedAt()))
          .toList();
      views.put(key.apply(p), new ParcelView(p.carrier(), p.orderCode(), p.carrierStatus(),
          GhnStatus.labelOf(p.carrierStatus()), p.codVnd(), p.feeVnd(), p.expectedDelivery(),
          p.codTransferredAt(), carriers.trackingUrl(p.carrier(), p.orderCode()), steps));
    }
    return views;
  }

  /**
   * Applies a GHN notice already authenticated. A step seen before changes nothing; a status
   * earlier than the parcel's is kept in its history but moves nothing; each meaning
   * (picked up, delivered, failed, returned, COD handed over) is announced once.
   */
  public Applied apply(GhnNotice notice) {
    Optional<GhnStatus> status = GhnStatus.of(notice.status());
    Parcel parcel = em.createQuery("select p from Parcel p where p.carrier = :carrier and p.orderCode = :code",
            Parcel.class)
        .setParameter("carrier", Parcel.GHN)
        .setParameter("code", notice.orderCode())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
    if (parcel == null) {
      LOG.info("GHN notice for an order code we did not book: " + notice.orderCode());
      return Applied.UNKNOWN_PARCEL;
    }
    if (status.isEmpty()) {
      LOG.warning("GHN notice with a status we do not know: " + notice.status());
      return Applied.UNKNOWN_STATUS;
    }
    Instant now = clock.instant();
    Instant at = notice.time() == null ? now : notice.time();
    Set<String> seen = new HashSet<>(em.createQuery(
            "select s.step from ParcelStep s where s.parcelId = :parcel", String.class)
        .setParameter("parcel", parcel.id())
        .getResultList());
    boolean changed = false;
    GhnStatus reached = status.get();
    if (seen.add(reached.code())) {
      em.persist(new ParcelStep(parcel.id(), reached.code(), at, now, cut(notice.reason())));
      changed = true;
      GhnStatus before = GhnStatus.of(parcel.carrierStatus()).orElse(GhnStatus.EXCEPTION);
      if (parcel.advance(reached, now) && reached.kind() != null
          && firstOfKind(reached.kind(), before, seen)) {
        if (parcel.purpose() == Parcel.Purpose.RETURN) {
          // a return's parcel moves only its return, never the shop order it came from
          returnNotices.fire(new ReturnParcelNotice(parcel.returnId(), parcel.shopOrderId(), reached.kind(),
              at, reached.code()));
        } else {
          notices.fire(new ParcelNotice(parcel.shopOrderId(), reached.kind(), parcel.codVnd(), at,
              reached.code()));
        }
      }
    }
    if (notice.codTransferDate() != null && parcel.purpose() == Parcel.Purpose.OUTBOUND
        && parcel.codTransferred(notice.codTransferDate(), now)) {
      em.persist(new ParcelStep(parcel.id(), GhnStatus.COD_TRANSFERRED, notice.codTransferDate(), now, null));
      changed = true;
      notices.fire(new ParcelNotice(parcel.shopOrderId(), ParcelNotice.Kind.COD_REMITTED,
          notice.codAmount() > 0 ? notice.codAmount() : parcel.codVnd(), notice.codTransferDate(),
          reached.code()));
    }
    return changed ? Applied.APPLIED : Applied.REPEATED;
  }

  /**
   * Whether reaching a status of this kind is news: picked up is announced once, however many
   * in-transit statuses follow; failed once, at the first sign of failure.
   */
  private static boolean firstOfKind(ParcelNotice.Kind kind, GhnStatus before, Set<String> seen) {
    if (before.kind() == kind) {
      return false;
    }
    return seen.stream().map(GhnStatus::of).flatMap(Optional::stream)
        .filter(s -> s.kind() == kind).count() == 1;
  }

  private Optional<Parcel> ofShopOrder(long shopOrderId) {
    return em.createQuery("select p from Parcel p where p.purpose = :purpose and p.shopOrderId = :id",
            Parcel.class)
        .setParameter("purpose", Parcel.Purpose.OUTBOUND)
        .setParameter("id", shopOrderId)
        .getResultStream()
        .findFirst();
  }

  private Optional<Parcel> ofReturn(long returnId) {
    return em.createQuery("select p from Parcel p where p.purpose = :purpose and p.returnId = :id",
            Parcel.class)
        .setParameter("purpose", Parcel.Purpose.RETURN)
        .setParameter("id", returnId)
        .getResultStream()
        .findFirst();
  }

  private Booking booking(Parcel p) {
    return new Booking(p.shopOrderId(), p.carrier(), p.orderCode(), p.clientOrderCode(), p.codVnd(),
        p.feeVnd(), p.expectedDelivery(), carriers.trackingUrl(p.carrier(), p.orderCode()));
  }

  private static String cut(String text) {
    return text == null || text.isBlank() ? null : text.length() > 255 ? text.substring(0, 255) : text;
  }
}
