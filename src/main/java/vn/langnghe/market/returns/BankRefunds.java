package vn.langnghe.market.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.returns.ReturnViews.BankRefundView;

/** The admins' list of cash-on-delivery refunds to transfer, and marking one paid. */
@ApplicationScoped
@Transactional
public class BankRefunds {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Due ones first, then paid ones, each oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BankRefundView> list() {
    return em.createQuery("select b from BankRefund b order by case when b.status = :due then 0 else 1 end, b.id",
            BankRefund.class)
        .setParameter("due", BankRefund.Status.DUE)
        .setMaxResults(500)
        .getResultStream().map(this::view).toList();
  }

  /** The admin transferred it; marking it again changes nothing. */
  public BankRefundView paid(Caller admin, long id, String bankReference) {
    String reference = Returns.text("bankReference", bankReference, true);
    if (reference.length() > 60) {
      throw new Problems.InvalidInputException("bankReference", "at most 60 characters");
    }
    BankRefund refund = em.find(BankRefund.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (refund == null) {
      throw new Problems.NotFoundException("Bank refund " + id);
    }
    if (refund.status() == BankRefund.Status.DUE) {
      refund.paid(admin.accountId(), reference, clock.instant());
      em.persist(new ReturnStep(refund.returnId(), clock.instant(), ReturnStep.Actor.ADMIN, admin.accountId(),
          "BANK_REFUND_PAID", refund.amountVnd() + " VND, " + reference));
    }
    return view(refund);
  }

  private BankRefundView view(BankRefund b) {
    ReturnRequest r = em.find(ReturnRequest.class, b.returnId());
    return new BankRefundView(b.id(), b.returnId(), r.orderNumber(), b.amountVnd(), b.bankBin(),
        b.accountNumber(), b.accountName(), b.status().name(), b.createdAt(), b.paidAt(), b.bankReference());
  }
}
