package vn.langnghe.market.digitalhelpers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.AccountErased;
import vn.langnghe.market.platform.PersonalDataExport;

/**
 * The helpers' tables in "Tải dữ liệu của tôi" and "Xoá tài khoản": an erased artisan's consent
 * photos and codes go, and their mandates end; an erased helper loses their communes. The audit
 * keeps only account ids, kinds and product titles, which stay (pseudonymous once the accounts go).
 */
@ApplicationScoped
public class HelperPersonalData {

  @PersistenceContext EntityManager em;
  @Inject DigitalHelpers helpers;
  @Inject HelperActions actions;
  @Inject java.time.Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  void erase(@Observes AccountErased erased) {
    long id = erased.accountId();
    em.createQuery("select m from Mandate m where m.artisanAccountId = :id or m.helperAccountId = :id",
            Mandate.class)
        .setParameter("id", id)
        .getResultList()
        .forEach(m -> {
          if (m.artisanAccountId() == id) {
            m.forgetConsentPhoto();
            em.createQuery("delete from ConsentCode c where c.mandateId = :m")
                .setParameter("m", m.id()).executeUpdate();
          }
          m.handOver(id, clock.instant());
        });
    em.createNativeQuery("delete from helper_commune where helper_account_id = ?")
        .setParameter(1, id).executeUpdate();
  }

  void export(@Observes PersonalDataExport export) {
    Caller self = new Caller(export.accountId(), null, java.util.Set.of());
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("communesServed", helpers.myCommunes(self));
    section.put("mandatesAsHelper", helpers.myArtisans(self));
    section.put("mandatesAsArtisan", helpers.mandatesOf(self));
    section.put("actionsDoneForMe", actions.of(self));
    export.add("digitalHelpers", section);
  }
}
