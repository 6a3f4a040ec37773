package vn.langnghe.market.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.Stock;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.ledger.Ledger;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.ordering.Orders;
import vn.langnghe.market.ordering.PurchasedParts;
import vn.langnghe.market.payment.Payments;
import vn.langnghe.market.payouts.AccountDetails;
import vn.langnghe.market.payouts.Banks;
import vn.langnghe.market.payouts.PayoutHolds;
import vn.langnghe.market.platform.CleanText;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.Notice;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.reporting.SalesFacts;
import vn.langnghe.market.returns.ReturnViews.BankAccount;
import vn.langnghe.market.returns.ReturnViews.DecisionView;
import vn.langnghe.market.returns.ReturnViews.LineAsk;
import vn.langnghe.market.returns.ReturnViews.LineView;
import vn.langnghe.market.returns.ReturnViews.MessageView;
import vn.langnghe.market.returns.ReturnViews.PhotoView;
import vn.langnghe.market.returns.ReturnViews.Restock;
import vn.langnghe.market.returns.ReturnViews.ReturnAsk;
import vn.langnghe.market.returns.ReturnViews.ReturnView;
import vn.langnghe.market.returns.ReturnViews.StepView;
import vn.langnghe.market.ordering.Fulfilment;
import vn.langnghe.market.platform.SiteOperator;
import vn.langnghe.market.shipping.Booking;
import vn.langnghe.market.shipping.GhnStatus;
import vn.langnghe.market.shipping.ParcelNotice;
import vn.langnghe.market.shipping.ParcelOrder;
import vn.langnghe.market.shipping.ParcelView;
import vn.langnghe.market.shipping.Parcels;
import vn.langnghe.market.shipping.ReturnParcelNotice;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.Shops;

/**
 * Returns from request to refund, and the officers' decisions on disputes. Every step that moves
 * money takes the order's row lock first (as payments, cancellation and the ledger do) and then
 * re-reads the return under it, so a step submitted twice, or racing the deadline sweep, happens
 * once: the second finds the state already moved on.
 */
@ApplicationScoped
@Transactional
public class Returns {

  static final int MAX_PHOTOS = 5;
  /** The size of the texts' columns: the buyer's text, the escalation, the officer's note. */
  static final int TEXT_MAX = 2000;
  /** The size of {@code refusal_reason}. */
  static final int REFUSAL_MAX = 1000;

  @PersistenceContext EntityManager em;
  @Inject PurchasedParts parts;
  @Inject Orders orders;
  @Inject Payments payments;
  @Inject Ledger ledger;
  @Inject Stock stock;
  @Inject SalesFacts facts;
  @Inject PayoutHolds holds;
  @Inject Shops shops;
  @Inject Banks banks;
  @Inject Images images;
  @Inject Event<Notice> notices;
  @Inject Instance<DisputeThread> threads;
  @Inject IdempotentRequests idempotency;
  @Inject Clock clock;
  @Inject Parcels parcels;
  @Inject Fulfilment fulfilment;
  @Inject SiteOperator operator;

  /** Shared with payouts: a return may be asked for exactly as long as the shop's money waits. */
  @Inject @ConfigProperty(name = "market.payouts.return-window") Duration window;
  @Inject @ConfigProperty(name = "market.returns.answer-within") Duration answerWithin;
  @Inject @ConfigProperty(name = "market.returns.receive-within") Duration receiveWithin;
  @Inject @ConfigProperty(name = "market.returns.escalate-within") Duration escalateWithin;
  @Inject @ConfigProperty(name = "market.returns.decide-within") Duration decideWithin;
  @Inject @ConfigProperty(name = "market.returns.not-received-after") Duration notReceivedAfter;

  // ---------------------------------------------------------------- the buyer

  /** A return request on one of the buyer's delivered shop orders (or a parcel that never came). */
  public ReturnView ask(Caller buyer, String orderNumber, ReturnAsk ask, IdempotentRequests.Claim claim) {
    if (claim != null) {
      Optional<Long> earlier = idempotency.claim(claim);
      if (earlier.isPresent()) {
        return view(em.find(ReturnRequest.class, earlier.get()));
      }
    }
    if (ask == null || ask.shopOrderId() == null) {
      throw new Problems.InvalidInputException("shopOrderId", "is required");
    }
    ReturnRequest.Reason reason = reasonOf(ask.reason());
    String text = text("text", ask.text(), true);
    PurchasedParts.Part part = parts.ofBuyer(buyer, orderNumber, ask.shopOrderId());
    orders.locked(part.orderId());
    part = parts.byId(part.shopOrderId()).orElseThrow();
    Instant now = clock.instant();
    if (reason == ReturnRequest.Reason.NOT_RECEIVED) {
      Optional<Instant> shipped = parts.shippedAt(part.shopOrderId());
      if (!"SHIPPED".equals(part.status()) || shipped.isEmpty()
          || now.isBefore(shipped.get().plus(notReceivedAfter))) {
        throw new Problems.RefusedException("reason", "A parcel can be reported as never received only "
            + notReceivedAfter.toDays() + " days after it was shipped and while it is still on its way.");
      }
      if (part.cashOnDelivery()) {
        // nothing was collected from the buyer: nothing to refund; the carrier's RETURNED ends it
        throw new Problems.RefusedException("reason", "A cash-on-delivery parcel still on its way was not paid:"
            + " there is nothing to refund. It ends when the carrier reports it returned.");
      }
    } else {
      if (!part.delivered() || part.deliveredAt() == null) {
        throw new Problems.RefusedException("shopOrderId", "Only a delivered shop order can be returned.");
      }
      if (!now.isBefore(part.deliveredAt().plus(window))) {
        throw new Problems.RefusedException("shopOrderId", "The return window of " + window.toDays()
            + " days after delivery has closed.");
      }
      if (reason == ReturnRequest.Reason.CHANGED_MIND && !shops.acceptsChangedMindReturns(part.shopId())) {
        throw new Problems.RefusedException("reason", "This shop does not take back pieces for a change of mind.");
      }
    }
    if (openOf(part.shopOrderId()).isPresent()) {
      throw new Problems.ConflictException("shopOrderId", "A return of this shop order is already open.");
    }
    Set<Long> photos = photos(buyer, ask.imageIds());
    ReturnRequest request = new ReturnRequest(part.orderId(), part.orderNumber(), part.shopOrderId(),
        part.shopId(), buyer.accountId(), part.paymentMethod(), reason, text, photos, now, answerWithin);
    List<LineAsk> asked = reason == ReturnRequest.Reason.NOT_RECEIVED && (ask.lines() == null || ask.lines().isEmpty())
        ? part.lines().stream().map(l -> new LineAsk(l.sku(), l.quantity())).toList()
        : ask.lines();
    addLines(request, part, asked);
    if (part.cashOnDelivery()) {
      BankAccount account = ask.bankAccount();
      if (account == null) {
        throw new Problems.InvalidInputException("bankAccount", "is required: a cash-on-delivery order is refunded by bank transfer");
      }
      String bin = account.bankBin() == null ? "" : account.bankBin().strip();
      if (banks.byBin(bin).isEmpty()) {
        throw new Problems.InvalidInputException("bankAccount.bankBin", "is not a bank in /api/banks");
      }
      request.refundTo(bin, bankAccountField("accountNumber", () -> AccountDetails.accountNumber(account.accountNumber())),
          bankAccountField("accountName", () -> AccountDetails.holderName(account.accountName())));
    }
    em.persist(request);
    em.flush();
    if (claim != null) {
      idempotency.remember(claim, request.id());
    }
    holds.hold(part.shopOrderId(), "return " + request.id());
    step(request, ReturnStep.Actor.BUYER, buyer.accountId(), "REQUESTED", reason + ": " + text);
    notify(shopOwner(part.shopId()), "RETURN_REQUESTED", "Yêu cầu trả hàng đơn " + part.orderNumber(),
        "Người mua yêu cầu trả hàng đơn " + part.orderNumber() + ". Vui lòng trả lời trước "
            + ReturnTexts.time(request.dueAt()) + ".", "/shop-orders.html?returnId=" + request.id(), request);
    return view(request);
  }

  /** Payouts' account checks, their error named as the request's field {@code bankAccount.*}. */
  private static String bankAccountField(String field, java.util.function.Supplier<String> checked) {
    try {
      return checked.get();
    } catch (Problems.InvalidInputException e) {
      var errors = e.toProblem().errors();
      String message = errors == null || errors.isEmpty() ? "is not valid" : errors.get(0).message();
      throw new Problems.InvalidInputException("bankAccount." + field, message);
    }
  }

  /** The buyer's returns of one of their orders, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReturnView> ofOrder(Caller buyer, String orderNumber) {
    List<PurchasedParts.Part> mine = parts.ofBuyer(buyer, orderNumber);
    List<Long> ids = mine.stream().map(PurchasedParts.Part::shopOrderId).toList();
    return em.createQuery("select r from ReturnRequest r where r.shopOrderId in :parts order by r.id desc",
            ReturnRequest.class)
        .setParameter("parts", ids)
        .getResultStream().map(this::view).toList();
  }

  /** How the accepted parcel goes back: the carrier and its tracking code, typed by the buyer. */
  public ReturnView sentBack(Caller buyer, long id, String carrier, String trackingCode) {
    String c = text("carrier", carrier, true);
    String code = text("trackingCode", trackingCode, true);
    if (c.length() > 40) {
      throw new Problems.InvalidInputException("carrier", "at most 40 characters");
    }
    if (code.length() > 60) {
      throw new Problems.InvalidInputException("trackingCode", "at most 60 characters");
    }
    ReturnRequest r = lockedOfBuyer(buyer, id);
    r.sentBack(c, code, clock.instant());
    step(r, ReturnStep.Actor.BUYER, buyer.accountId(), "SENT_BACK", c + " " + code);
    return view(r);
  }

  // ---------------------------------------------------------------- the carrier's pickup

  /** A return's pickup about to be booked: what to book, or the answer if it already was. */
  record Pickup(ParcelOrder parcel, ReturnView done) {}

  /**
   * What GHN needs to take an accepted return's parcel back, asked by its buyer or its shop
   * ({@code asShop}). A pickup booked before answers itself (a second press); one cancelled is
   * not booked again: the parcel then goes by hand.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  Pickup pickup(Caller caller, long id, boolean asShop) {
    ReturnRequest r = readable(caller, id, asShop);
    Optional<ParcelView> booked = Optional.ofNullable(parcels.ofReturns(List.of(r.id())).get(r.id()));
    if (booked.isPresent()) {
      if (GhnStatus.CANCEL.code().equals(booked.get().status())) {
        throw new Problems.ConflictException("id", "The GHN pickup of this return was cancelled; send the parcel by hand.");
      }
      return new Pickup(null, view(r));
    }
    if (r.status() != ReturnRequest.Status.ACCEPTED) {
      throw new ReturnStepException(r.id(), r.status());
    }
    Map<String, Integer> pieces = new HashMap<>();
    r.lines().forEach(l -> pieces.put(l.sku(), l.quantity()));
    // a shop keeps no phone here: GHN calls the marketplace's hotline, which reaches the shop
    return new Pickup(fulfilment.returnParcel(r.shopOrderId(), r.id(), pieces, operator.details().phone()), null);
  }

  /**
   * Keeps GHN's pickup booking as the return's parcel, under the order's lock; the return then
   * shows GHN and its order code as the way back. A pickup kept before answers as it is; a
   * return no longer accepted is a {@link ReturnStepException} (the caller withdraws the booking).
   */
  ReturnView pickupBooked(Caller caller, long id, boolean asShop, Booking booking) {
    ReturnRequest r = locked(caller, id, asShop);
    if (parcels.bookedReturn(r.id()).isPresent()) {
      return view(r);
    }
    if (r.status() != ReturnRequest.Status.ACCEPTED) {
      throw new ReturnStepException(r.id(), r.status());
    }
    Booking kept = parcels.recordReturn(r.id(), booking);
    r.sentBack(kept.carrier(), kept.orderCode(), clock.instant());
    step(r, asShop ? ReturnStep.Actor.SHOP : ReturnStep.Actor.BUYER, caller.accountId(), "PICKUP_BOOKED",
        kept.carrier() + " " + kept.orderCode());
    String text = "Đơn lấy hàng trả lại " + kept.carrier() + " " + kept.orderCode() + " đã được tạo cho yêu cầu trả #"
        + r.id() + ". Tra cứu: " + kept.trackingUrl();
    notify(asShop ? r.buyerAccountId() : shopOwner(r.shopId()), "RETURN_PICKUP", "Lấy hàng trả lại đơn "
        + r.orderNumber(), text, asShop ? link(r) : "/shop-orders.html?returnId=" + r.id(), r);
    return view(r);
  }

  /** Whether the caller may act on this return's pickup: throws "not found" otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  void checkPickupAccess(Caller caller, long id, boolean asShop) {
    readable(caller, id, asShop);
  }

  /** GHN cancelled the pickup: the return waits for its parcel by hand. */
  ReturnView pickupCancelled(Caller caller, long id, boolean asShop) {
    ReturnRequest r = locked(caller, id, asShop);
    Booking booking = parcels.bookedReturn(r.id()).orElseThrow();
    if (booking.orderCode().equals(r.trackingCode())) {
      r.pickupCancelled(booking.orderCode(), clock.instant());
      step(r, asShop ? ReturnStep.Actor.SHOP : ReturnStep.Actor.BUYER, caller.accountId(), "PICKUP_CANCELLED",
          booking.carrier() + " " + booking.orderCode());
    }
    return view(r);
  }

  /**
   * The carrier's word on a return's parcel, in the notice's transaction: delivered back to the
   * shop marks the return's parcel arrived, so the shop confirms receipt (and the refund follows
   * as by hand). The shop order itself is never moved from here.
   */
  void onReturnParcel(@jakarta.enterprise.event.Observes ReturnParcelNotice notice) {
    ReturnRequest r = em.find(ReturnRequest.class, notice.returnId());
    if (r == null) {
      return;
    }
    orders.locked(r.orderId());
    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    if (notice.kind() == ParcelNotice.Kind.DELIVERED && r.parcelDelivered(notice.at(), clock.instant())) {
      step(r, ReturnStep.Actor.SYSTEM, null, "PARCEL_DELIVERED", "GHN " + notice.carrierStatus());
      notify(shopOwner(r.shopId()), "RETURN_PARCEL_DELIVERED", "Hàng trả lại đơn " + r.orderNumber() + " đã đến",
          "GHN đã giao hàng trả lại của đơn " + r.orderNumber() + ". Vui lòng kiểm tra và xác nhận đã nhận.",
          "/shop-orders.html?returnId=" + r.id(), r);
    } else if (notice.kind() != ParcelNotice.Kind.DELIVERED) {
      step(r, ReturnStep.Actor.SYSTEM, null, "PARCEL_" + notice.kind().name(), "GHN " + notice.carrierStatus());
    }
  }

  /** The buyer takes the return to the officers. */
  public ReturnView escalate(Caller buyer, long id, String why) {
    String text = text("text", why, true);
    ReturnRequest r = lockedOfBuyer(buyer, id);
    r.escalate(text, clock.instant(), decideWithin);
    step(r, ReturnStep.Actor.BUYER, buyer.accountId(), "ESCALATED", text);
    notify(shopOwner(r.shopId()), "DISPUTE_OPENED", "Khiếu nại đơn " + r.orderNumber(),
        "Người mua đã chuyển yêu cầu trả hàng đơn " + r.orderNumber() + " lên ban quản lý để phân xử.",
        "/shop-orders.html?returnId=" + r.id(), r);
    return view(r);
  }

  // ---------------------------------------------------------------- the shop

  /** The shop's returns, open ones first (the most urgent deadline first), then the rest newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReturnView> ofShop(Caller artisan) {
    long shop = shops.ownShop(artisan).id();
    return em.createQuery("select r from ReturnRequest r where r.shopId = :shop"
            + " order by case when r.closedAt is null then 0 else 1 end, r.dueAt, r.id desc", ReturnRequest.class)
        .setParameter("shop", shop)
        .setMaxResults(200)
        .getResultStream().map(this::view).toList();
  }

  public ReturnView accept(Caller artisan, long id) {
    ReturnRequest r = lockedOfShop(artisan, id);
    answeredInTime(r);
    accepted(r, ReturnStep.Actor.SHOP, artisan.accountId(), "accepted by the shop");
    return view(r);
  }

  public ReturnView refuse(Caller artisan, long id, String why) {
    String reason = text("reason", why, true, REFUSAL_MAX);
    ReturnRequest r = lockedOfShop(artisan, id);
    answeredInTime(r);
    r.refuse(reason, clock.instant(), escalateWithin);
    step(r, ReturnStep.Actor.SHOP, artisan.accountId(), "REFUSED", reason);
    notify(r.buyerAccountId(), "RETURN_ANSWERED", "Cửa hàng từ chối trả hàng đơn " + r.orderNumber(),
        "Cửa hàng đã từ chối yêu cầu trả hàng. Bạn có thể khiếu nại lên ban quản lý trước "
            + ReturnTexts.time(r.dueAt()) + ".", link(r), r);
    return view(r);
  }

  /** The shop's answer after its deadline: its silence has accepted (or is about to). */
  private void answeredInTime(ReturnRequest r) {
    r.answerable(clock.instant());
  }

  /**
   * The returned parcel arrived: exactly its lines are refunded, {@code restock} of its pieces go
   * back on sale, the ledger and the sales facts take the lines back, the hold ends.
   */
  public ReturnView received(Caller artisan, long id, List<Restock> restock) {
    ReturnRequest r = lockedOfShop(artisan, id);
    if (r.status() != ReturnRequest.Status.ACCEPTED) {
      throw new ReturnStepException(r.id(), r.status());
    }
    Map<String, Integer> back = new HashMap<>();
    if (restock != null) {
      for (int i = 0; i < restock.size(); i++) {
        Restock piece = restock.get(i);
        String field = "restock[" + i + "]";
        if (piece == null || piece.sku() == null) {
          throw new Problems.InvalidInputException(field + ".sku", "is required");
        }
        ReturnLine line = r.lines().stream().filter(l -> l.sku().equals(piece.sku())).findFirst()
            .orElseThrow(() -> new Problems.InvalidInputException(field + ".sku", "is not in this return"));
        int quantity = piece.quantity() == null ? -1 : piece.quantity();
        if (quantity < 0 || quantity > line.quantity() || back.containsKey(line.sku())) {
          throw new Problems.InvalidInputException(field + ".quantity",
              "must be 0 to " + line.quantity() + ", once per SKU");
        }
        back.put(line.sku(), quantity);
      }
    }
    r.lines().forEach(l -> l.restock(back.getOrDefault(l.sku(), 0)));
    refundLines(r, ReturnStep.Actor.SHOP, artisan.accountId());
    return view(r);
  }

  // ---------------------------------------------------------------- deadlines

  /** Returns whose shop did not answer in time, or whose refusal was let stand: ids to settle. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> due(int limit) {
    return em.createQuery("select r.id from ReturnRequest r where r.status in :waiting"
            + " and r.dueAt <= :now order by r.dueAt", Long.class)
        .setParameter("waiting", List.of(ReturnRequest.Status.REQUESTED, ReturnRequest.Status.REFUSED,
            ReturnRequest.Status.ACCEPTED))
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The deadline of a waiting return passed: a shop's silence accepts, an unchallenged refusal
   * closes. Re-checked under the locks, so it happens once however often the sweep runs or the
   * shop answers at the same moment.
   */
  public void settleDue(long id) {
    ReturnRequest r = em.find(ReturnRequest.class, id);
    if (r == null) {
      return;
    }
    orders.locked(r.orderId());
    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (r.dueAt() == null || now.isBefore(r.dueAt())) {
      return;
    }
    if (r.status() == ReturnRequest.Status.REQUESTED && r.reason() == ReturnRequest.Reason.NOT_RECEIVED) {
      // a parcel never received is not paid out on the shop's silence alone: the officers decide
      escalated(r, "no answer from the shop within " + answerWithin + " on a parcel never received");
    } else if (r.status() == ReturnRequest.Status.REQUESTED) {
      accepted(r, ReturnStep.Actor.SYSTEM, null, "no answer from the shop within " + answerWithin);
    } else if (r.status() == ReturnRequest.Status.ACCEPTED && r.trackingCode() == null) {
      // the buyer sent nothing back in time: the return lapses and the shop's money is free again
      r.close(now);
      holds.release(r.shopOrderId());
      step(r, ReturnStep.Actor.SYSTEM, null, "CLOSED", "no parcel was sent back within " + receiveWithin);
    } else if (r.status() == ReturnRequest.Status.ACCEPTED) {
      // sent back but never marked received: whose fault it is, officers decide
      escalated(r, "the parcel sent back (" + r.carrier() + " " + r.trackingCode()
          + ") was not marked received within " + receiveWithin);
    } else if (r.status() == ReturnRequest.Status.REFUSED) {
      r.close(now);
      holds.release(r.shopOrderId());
      step(r, ReturnStep.Actor.SYSTEM, null, "CLOSED", "the refusal was not escalated within " + escalateWithin);
    }
  }

  private void escalated(ReturnRequest r, String why) {
    r.escalate(why, clock.instant(), decideWithin);
    step(r, ReturnStep.Actor.SYSTEM, null, "ESCALATED", why);
    String text = "Yêu cầu trả hàng đơn " + r.orderNumber() + " đã được chuyển lên ban quản lý để phân xử.";
    notify(r.buyerAccountId(), "DISPUTE_OPENED", "Khiếu nại đơn " + r.orderNumber(), text, link(r), r);
    notify(shopOwner(r.shopId()), "DISPUTE_OPENED", "Khiếu nại đơn " + r.orderNumber(), text,
        "/shop-orders.html?returnId=" + r.id(), r);
  }

  // ---------------------------------------------------------------- officers

  /** Disputes for officers: open ones first, the most overdue first; then decided ones, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReturnViews.DisputeRow> disputes(String status) {
    String filter = "open".equalsIgnoreCase(status) ? " and r.status = :escalated"
        : "decided".equalsIgnoreCase(status) ? " and r.status = :decided" : "";
    var query = em.createQuery("select r from ReturnRequest r where r.escalatedAt is not null" + filter
            + " order by case when r.status = :escalated then 0 else 1 end, r.dueAt, r.escalatedAt desc",
            ReturnRequest.class)
        .setParameter("escalated", ReturnRequest.Status.ESCALATED);
    if (filter.contains(":decided")) {
      query.setParameter("decided", ReturnRequest.Status.DECIDED);
    }
    Instant now = clock.instant();
    return query.setMaxResults(500).getResultStream()
        .map(r -> new ReturnViews.DisputeRow(r.id(), r.orderNumber(), r.shopOrderId(), shopName(r.shopId()),
            r.reason().name(), r.status().name(), r.amountVnd(), r.escalatedAt(), r.dueAt(), r.overdue(now)))
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReturnView dispute(long id) {
    ReturnRequest r = em.find(ReturnRequest.class, id);
    if (r == null || r.escalatedAt() == null) {
      throw new Problems.NotFoundException("Dispute " + id);
    }
    return view(r, true);
  }

  /**
   * The officer's decision: {@code refundVnd} (0 up to what is still refundable) goes back to the
   * buyer, the hold ends. The same decision submitted again answers as it stands and refunds
   * nothing more; a different one after it is a conflict.
   */
  public ReturnView decide(Caller officer, long id, Long refundVnd, String note) {
    if (refundVnd == null || refundVnd < 0) {
      throw new Problems.InvalidInputException("refundVnd", "is required, 0 or more");
    }
    String why = text("note", note, true);
    ReturnRequest r = em.find(ReturnRequest.class, id);
    if (r == null || r.escalatedAt() == null) {
      throw new Problems.NotFoundException("Dispute " + id);
    }
    orders.locked(r.orderId());
    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    if (r.status() == ReturnRequest.Status.DECIDED && r.decisionRefundVnd() != null
        && r.decisionRefundVnd().longValue() == refundVnd) {
      return view(r, true);
    }
    if (r.status() != ReturnRequest.Status.ESCALATED) {
      throw new ReturnStepException(r.id(), r.status());
    }
    PurchasedParts.Part part = parts.byId(r.shopOrderId()).orElseThrow();
    Ledger.Remaining left = ledger.remaining(sale(part));
    if (refundVnd > left.totalVnd()) {
      throw new Problems.RefusedException("refundVnd", "At most " + left.totalVnd()
          + " VND of this shop order is still refundable.");
    }
    Instant now = clock.instant();
    Long refundId = null;
    if (refundVnd > 0) {
      String ref = "decision:" + r.id();
      refundId = refund(r, ref, refundVnd, "dispute " + r.id() + " decided: " + why);
      long goods = Math.min(refundVnd, left.goodsVnd());
      ledger.returned(sale(part), ref, goods, refundVnd - goods, "dispute " + r.id());
      facts.partlyRefunded(now, new SalesFacts.Part(r.orderId(), r.shopId(), r.paymentMethod(),
          refundVnd - goods, factLines(r.lines(), goods)));
    }
    r.decide(officer.accountId(), refundVnd, why, refundId, now);
    holds.release(r.shopOrderId());
    step(r, officer.has(Role.ADMIN) && !officer.has(Role.OFFICER) ? ReturnStep.Actor.ADMIN : ReturnStep.Actor.OFFICER,
        officer.accountId(), "DECIDED", refundVnd + " VND: " + why);
    String text = "Ban quản lý đã phân xử khiếu nại đơn " + r.orderNumber() + ": hoàn "
        + ReturnTexts.vnd(refundVnd) + ". " + why;
    notify(r.buyerAccountId(), "DISPUTE_DECIDED", "Kết quả khiếu nại đơn " + r.orderNumber(), text, link(r), r);
    notify(shopOwner(r.shopId()), "DISPUTE_DECIDED", "Kết quả khiếu nại đơn " + r.orderNumber(), text,
        "/shop-orders.html?returnId=" + r.id(), r);
    return view(r, true);
  }

  // ---------------------------------------------------------------- the money

  private void accepted(ReturnRequest r, ReturnStep.Actor actor, Long accountId, String detail) {
    r.accept(clock.instant(), receiveWithin);
    step(r, actor, accountId, "ACCEPTED", detail);
    notify(r.buyerAccountId(), "RETURN_ANSWERED", "Yêu cầu trả hàng đơn " + r.orderNumber() + " được chấp nhận",
        r.reason() == ReturnRequest.Reason.NOT_RECEIVED
            ? "Yêu cầu của bạn được chấp nhận; tiền sẽ được hoàn."
            : "Yêu cầu trả hàng được chấp nhận. Vui lòng gửi hàng về cửa hàng trước "
                + ReturnTexts.time(r.dueAt()) + ".", link(r), r);
    if (r.reason() == ReturnRequest.Reason.NOT_RECEIVED) {
      // nothing comes back: the parcel never reached the buyer
      refundLines(r, actor, accountId);
    }
  }

  /** Refunds exactly the return's lines and records them everywhere; under the order's lock. */
  private void refundLines(ReturnRequest r, ReturnStep.Actor actor, Long accountId) {
    PurchasedParts.Part part = parts.byId(r.shopOrderId()).orElseThrow();
    Ledger.Remaining left = ledger.remaining(sale(part));
    // never more than is left (an officer's earlier decision may have given some back already)
    long amount = Math.min(r.amountVnd(), left.totalVnd());
    long goods = Math.min(amount, left.goodsVnd());
    String ref = "return:" + r.id();
    Long refundId = null;
    Instant now = clock.instant();
    if (amount > 0) {
      refundId = refund(r, ref, amount, "return " + r.id() + " of " + r.orderNumber());
      ledger.returned(sale(part), ref, goods, amount - goods, "return " + r.id());
      facts.partlyRefunded(now, new SalesFacts.Part(r.orderId(), r.shopId(), r.paymentMethod(),
          amount - goods, factLines(r.lines(), goods)));
    }
    List<Stock.Movement> shelf = r.lines().stream().filter(l -> l.restocked() > 0)
        .map(l -> new Stock.Movement(l.variantId(), l.productId(), l.sku(), l.restocked())).toList();
    if (!shelf.isEmpty()) {
      stock.putBack(shelf);
    }
    r.refunded(refundId, amount, now);
    holds.release(r.shopOrderId());
    step(r, actor, accountId, "REFUNDED", amount + " VND; back on sale: "
        + r.lines().stream().map(l -> l.sku() + "×" + l.restocked()).toList());
    notify(r.buyerAccountId(), "RETURN_REFUNDED", "Hoàn tiền đơn " + r.orderNumber(),
        "Cửa hàng đã nhận hàng trả lại; " + ReturnTexts.vnd(amount) + " sẽ được hoàn cho bạn"
            + (r.cashOnDelivery() ? " qua chuyển khoản ngân hàng." : " qua cổng thanh toán."), link(r), r);
  }

  /**
   * The goods actually refunded, split over the return's lines in proportion to their value (the
   * last line takes the rounding), each line's pieces counted as returned.
   */
  static List<SalesFacts.Line> factLines(List<ReturnLine> lines, long goodsVnd) {
    return SalesFacts.Line.shares(lines.stream()
        .map(l -> new SalesFacts.Line(l.productId(), l.quantity(), l.totalVnd())).toList(), goodsVnd);
  }

  /** The refund itself: through the gateway that took the money, or a bank transfer for COD. */
  private Long refund(ReturnRequest r, String ref, long amountVnd, String reason) {
    if (r.cashOnDelivery()) {
      if (r.bankAccountNumber() == null) {
        throw new Problems.RefusedException("bankAccount", "The buyer gave no bank account for the refund.");
      }
      BankRefund transfer = new BankRefund(r, ref, amountVnd, clock.instant());
      em.persist(transfer);
      em.flush();
      return transfer.id();
    }
    return payments.refundDue(r.orderId(), r.shopOrderId(), amountVnd, reason);
  }

  static Ledger.Sale sale(PurchasedParts.Part part) {
    return new Ledger.Sale(part.orderId(), part.orderNumber(), part.shopOrderId(), part.shopId(),
        part.itemsTotalVnd(), part.shippingVnd());
  }

  // ---------------------------------------------------------------- helpers

  private void addLines(ReturnRequest request, PurchasedParts.Part part, List<LineAsk> asked) {
    if (asked == null || asked.isEmpty()) {
      throw new Problems.InvalidInputException("lines", "must name at least one line");
    }
    Map<Long, Integer> returned = returnedQuantities(part.shopOrderId());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < asked.size(); i++) {
      LineAsk ask = asked.get(i);
      String field = "lines[" + i + "]";
      if (ask == null || ask.sku() == null || ask.sku().isBlank()) {
        throw new Problems.InvalidInputException(field + ".sku", "is required");
      }
      PurchasedParts.Line line = part.line(ask.sku().strip())
          .orElseThrow(() -> new Problems.InvalidInputException(field + ".sku", "was not bought in this shop order"));
      if (!seen.add(line.sku())) {
        throw new Problems.InvalidInputException(field + ".sku", "appears twice");
      }
      int left = line.quantity() - returned.getOrDefault(line.lineId(), 0);
      if (ask.quantity() == null || ask.quantity() < 1 || ask.quantity() > left) {
        throw new Problems.InvalidInputException(field + ".quantity", "must be 1 to " + left
            + " (bought " + line.quantity() + ", already returned " + (line.quantity() - left) + ")");
      }
      request.add(new ReturnLine(request, line.lineId(), line.variantId(), line.productId(), line.sku(),
          line.title(), ask.quantity(), line.unitPriceVnd()));
    }
  }

  /** Pieces of each order line already refunded by earlier returns, or by officers' decisions on them. */
  private Map<Long, Integer> returnedQuantities(long shopOrderId) {
    Map<Long, Integer> returned = new HashMap<>();
    em.createQuery("select l.orderLineId, sum(l.quantity) from ReturnLine l where l.request.shopOrderId = :part"
            + " and (l.request.status = :refunded or (l.request.status = :decided and l.request.refundedVnd > 0))"
            + " group by l.orderLineId", Object[].class)
        .setParameter("part", shopOrderId)
        .setParameter("refunded", ReturnRequest.Status.REFUNDED)
        .setParameter("decided", ReturnRequest.Status.DECIDED)
        .getResultStream()
        .forEach(row -> returned.put((Long) row[0], ((Number) row[1]).intValue()));
    return returned;
  }

  private Set<Long> photos(Caller buyer, List<Long> ids) {
    Set<Long> photos = new LinkedHashSet<>();
    if (ids == null) {
      return photos;
    }
    if (ids.size() > MAX_PHOTOS) {
      throw new Problems.InvalidInputException("imageIds", "at most " + MAX_PHOTOS + " photos");
    }
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null || !images.uploadedBy(id, buyer.accountId())) {
        throw new Problems.InvalidInputException("imageIds[" + i + "]", "is not a picture you uploaded");
      }
      photos.add(id);
    }
    return photos;
  }

  private static ReturnRequest.Reason reasonOf(String typed) {
    try {
      return ReturnRequest.Reason.valueOf(typed == null ? "" : typed.strip());
    } catch (IllegalArgumentException e) {
      throw new Problems.InvalidInputException("reason",
          "must be one of WRONG_ITEM, DAMAGED, NOT_AS_DESCRIBED, CHANGED_MIND, NOT_RECEIVED");
    }
  }

  static String text(String field, String typed, boolean required) {
    return text(field, typed, required, TEXT_MAX);
  }

  /** {@code max}: the size of the text's column. */
  static String text(String field, String typed, boolean required, int max) {
    String clean = CleanText.clean(typed);
    clean = clean == null ? "" : clean.strip();
    if (required && clean.isEmpty()) {
      throw new Problems.InvalidInputException(field, "is required");
    }
    if (clean.length() > max) {
      throw new Problems.InvalidInputException(field, "at most " + max + " characters");
    }
    return clean;
  }

  private Optional<ReturnRequest> openOf(long shopOrderId) {
    return em.createQuery("select r from ReturnRequest r where r.openShopOrderId = :part", ReturnRequest.class)
        .setParameter("part", shopOrderId)
        .getResultStream().findFirst();
  }

  private ReturnRequest lockedOfBuyer(Caller buyer, long id) {
    ReturnRequest r = em.find(ReturnRequest.class, id);
    if (r == null || r.buyerAccountId() != buyer.accountId()) {
      throw new Problems.NotFoundException("Return " + id);
    }
    orders.locked(r.orderId());
    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    return r;
  }

  private ReturnRequest readable(Caller caller, long id, boolean asShop) {
    ReturnRequest r = em.find(ReturnRequest.class, id);
    boolean mine = r != null && (asShop ? r.shopId() == shops.ownShop(caller).id()
        : r.buyerAccountId() == caller.accountId());
    if (!mine) {
      throw new Problems.NotFoundException("Return " + id);
    }
    return r;
  }

  private ReturnRequest locked(Caller caller, long id, boolean asShop) {
    return asShop ? lockedOfShop(caller, id) : lockedOfBuyer(caller, id);
  }

  private ReturnRequest lockedOfShop(Caller artisan, long id) {
    long shop = shops.ownShop(artisan).id();
    ReturnRequest r = em.find(ReturnRequest.class, id);
    if (r == null || r.shopId() != shop) {
      throw new Problems.NotFoundException("Return " + id);
    }
    orders.locked(r.orderId());
    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    return r;
  }

  private void step(ReturnRequest r, ReturnStep.Actor actor, Long accountId, String action, String detail) {
    em.persist(new ReturnStep(r.id(), clock.instant(), actor, accountId, action, detail));
  }

  private long shopOwner(long shopId) {
    return em.find(Shop.class, shopId).ownerAccountId();
  }

  private String shopName(long shopId) {
    Shop shop = em.find(Shop.class, shopId);
    return shop == null ? null : shop.name();
  }

  private static String link(ReturnRequest r) {
    return "/order.html?number=" + r.orderNumber();
  }

  private void notify(long accountId, String kind, String subject, String text, String link, ReturnRequest r) {
    notices.fire(new Notice(accountId, kind, subject, text, link,
        Map.of("order_number", r.orderNumber(), "return_id", String.valueOf(r.id()),
            "status", r.status().name()), r.buyerAccountId()));
  }

  ReturnView view(ReturnRequest r) {
    return view(r, false);
  }

  private ReturnView view(ReturnRequest r, boolean withThread) {
    Instant now = clock.instant();
    String refundStatus = null;
    if (r.refundId() != null) {
      refundStatus = r.cashOnDelivery()
          ? Optional.ofNullable(em.find(BankRefund.class, r.refundId())).map(b -> b.status().name()).orElse(null)
          : payments.refundStatus(r.refundId()).orElse(null);
    }
    Map<Long, String> urls = images.thumbnails(r.imageIds());
    List<PhotoView> photos = r.imageIds().stream().filter(urls::containsKey)
        .map(i -> new PhotoView(i, urls.get(i))).toList();
    List<StepView> steps = em.createQuery("select s from ReturnStep s where s.returnId = :r order by s.id",
            ReturnStep.class)
        .setParameter("r", r.id())
        .getResultStream().map(s -> new StepView(s.at(), s.actor(), s.action(), s.detail())).toList();
    List<MessageView> messages = new ArrayList<>();
    if (withThread && threads.isResolvable()) {
      threads.get().of(r.shopOrderId()).forEach(m -> messages.add(new MessageView(m.side(), m.text(), m.at())));
    }
    long refundable = r.status().open() ? r.amountVnd() : 0;
    if (r.status() == ReturnRequest.Status.ESCALATED) {
      refundable = parts.byId(r.shopOrderId()).map(p -> ledger.remaining(sale(p)).totalVnd()).orElse(0L);
    }
    return new ReturnView(r.id(), r.orderNumber(), r.shopOrderId(), shopName(r.shopId()), r.paymentMethod(),
        r.reason().name(), r.text(), r.status().name(), r.amountVnd(), r.refundedVnd(), refundStatus, refundable,
        r.dueAt(), r.overdue(now), r.refusalReason(), r.carrier(), r.trackingCode(),
        r.lines().stream().map(l -> new LineView(l.sku(), l.title(), l.quantity(), l.unitPriceVnd(),
            l.totalVnd(), l.restocked())).toList(),
        photos, r.escalationText(), r.escalatedAt(),
        r.decidedAt() == null ? null : new DecisionView(r.decisionRefundVnd(), r.decisionNote(), r.decidedAt()),
        steps, messages, r.createdAt(), r.closedAt(),
        parcels.ofReturns(List.of(r.id())).get(r.id()), r.parcelDeliveredAt());
  }

  /** Whether an image belongs to a return, and who may see it: its buyer and its shop's owner. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Set<Long>> photoAudience(long imageId) {
    // asked for every picture served (product pictures too): one plain indexed lookup
    @SuppressWarnings("unchecked")
    List<Object[]> found = em.createNativeQuery("SELECT r.buyer_account_id, r.shop_id FROM return_image i"
            + " JOIN return_request r ON r.id = i.return_id WHERE i.image_id = ?")
        .setParameter(1, imageId)
        .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Set<Long> who = new HashSet<>();
    for (Object[] row : found) {
      who.add(((Number) row[0]).longValue());
      who.add(shopOwner(((Number) row[1]).longValue()));
    }
    return Optional.of(who);
  }
}
