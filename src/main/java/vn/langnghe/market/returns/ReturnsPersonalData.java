package vn.langnghe.market.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;
import vn.langnghe.market.platform.PersonalDataRows;

/**
 * Returns and personal data: what an erasure waits for (a return still open, a refund still to
 * transfer to the buyer's bank account), the buyer's returns in their export, and on erasure their
 * words and bank details gone while the amounts, refunds and decisions stay.
 */
@ApplicationScoped
public class ReturnsPersonalData {

  static final String ERASED = "[Nội dung đã xoá theo yêu cầu của người dùng]";

  @PersistenceContext EntityManager em;

  /** The buyer's returns still open and refunds still due, as "order (STATUS)". */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> unfinishedFor(long accountId) {
    List<String> waiting = new ArrayList<>();
    em.createNativeQuery("SELECT order_number, status FROM return_request WHERE buyer_account_id = ?"
            + " AND status IN ('REQUESTED', 'ACCEPTED', 'REFUSED', 'ESCALATED') ORDER BY id")
        .setParameter(1, accountId)
        .getResultList()
        .forEach(row -> waiting.add(((Object[]) row)[0] + " (return " + ((Object[]) row)[1] + ")"));
    em.createNativeQuery("SELECT r.order_number FROM return_bank_refund b JOIN return_request r"
            + " ON r.id = b.return_id WHERE r.buyer_account_id = ? AND b.status = 'DUE' ORDER BY b.id")
        .setParameter(1, accountId)
        .getResultList()
        .forEach(number -> waiting.add(number + " (refund to transfer)"));
    return waiting;
  }

  /** The buyer of a return or dispute, for the log of officers' reads; null if none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Long buyerOf(long returnId) {
    List<?> found = em.createNativeQuery("SELECT buyer_account_id FROM return_request WHERE id = ?")
        .setParameter(1, returnId)
        .getResultList();
    return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
  }

  void export(@Observes PersonalDataExport export) {
    export.add("returns", PersonalDataRows.of(em,
        List.of("orderNumber", "reason", "text", "status", "amountVnd", "refundedVnd", "bankBin",
            "bankAccountNumber", "bankAccountName", "escalationText", "createdAt"),
        "SELECT order_number, reason, text, status, amount_vnd, refunded_vnd, bank_bin,"
            + " bank_account_number, bank_account_name, escalation_text, created_at"
            + " FROM return_request WHERE buyer_account_id = ? ORDER BY id", export.accountId()));
  }

  /**
   * Refunds already paid stay as the admin's record of the transfer, with the account's last four
   * digits and the pseudonym for a holder.
   */
  void erase(@Observes AccountErased erased) {
    long account = erased.accountId();
    PersonalDataRows.erase(em, "UPDATE return_step SET detail = NULL WHERE return_id IN"
        + " (SELECT id FROM return_request WHERE buyer_account_id = ?)", account);
    PersonalDataRows.erase(em, "UPDATE return_bank_refund SET account_name = ?,"
            + " account_number = CONCAT('****', RIGHT(account_number, 4)) WHERE return_id IN"
            + " (SELECT id FROM return_request WHERE buyer_account_id = ?)",
        erased.pseudonym(), account);
    PersonalDataRows.erase(em, "UPDATE return_request SET text = ?, escalation_text = NULL,"
            + " bank_bin = NULL, bank_account_number = NULL, bank_account_name = NULL"
            + " WHERE buyer_account_id = ?", ERASED, account);
  }
}
