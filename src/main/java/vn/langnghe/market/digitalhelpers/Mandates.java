package vn.langnghe.market.digitalhelpers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.HelperMandates;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.shops.Shops;

/**
 * Who a helper may act for: the artisans whose consented, not handed-over mandate names one of
 * the helper's communes, and whose shop (if they have one) is in one of them too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Mandates implements HelperMandates {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Shops shops;

  @Override
  public boolean coversCommune(long helperAccountId, String communeCode) {
    return communeCode != null && communesOf(helperAccountId).contains(communeCode);
  }

  private static final java.util.Set<String> PRIVILEGED =
      java.util.Set.of(Role.OFFICER.name(), Role.ADMIN.name(), Role.DIGITAL_HELPER.name());

  @Override
  public Optional<Caller> actingFor(long helperAccountId, long artisanAccountId) {
    List<String> communes = communesOf(helperAccountId);
    boolean mandated = em.createQuery("select m from Mandate m where m.helperAccountId = :helper"
            + " and m.artisanAccountId = :artisan and m.consentedAt is not null"
            + " and m.handedOverAt is null", Mandate.class)
        .setParameter("helper", helperAccountId)
        .setParameter("artisan", artisanAccountId)
        .getResultStream()
        .anyMatch(m -> communes.contains(m.communeCode()));
    if (!mandated || !shopInside(artisanAccountId, communes)) {
      return Optional.empty();
    }
    var artisan = accounts.account(artisanAccountId);
    // a helper acts as the artisan only: never with an officer's, an administrator's or another
    // helper's powers the same account may also hold
    if (!artisan.roles().contains(Role.ARTISAN.name())
        || artisan.roles().stream().anyMatch(r -> PRIVILEGED.contains(r))) {
      return Optional.empty();
    }
    return Optional.of(new Caller(artisan.id(), artisan.email(), java.util.EnumSet.of(Role.ARTISAN))
        .actedForBy(helperAccountId));
  }

  /** The artisan has no shop yet, or it is in one of these communes. */
  private boolean shopInside(long artisanAccountId, List<String> communes) {
    return shops.findOwnedBy(artisanAccountId)
        .map(shop -> shopCommune(shop.id()))
        .map(communes::contains)
        .orElse(true);
  }

  String shopCommune(long shopId) {
    var place = shops.places(List.of(shopId)).get(shopId);
    return place == null ? null : place.communeCode();
  }

  @SuppressWarnings("unchecked")
  List<String> communesOf(long helperAccountId) {
    return em.createNativeQuery("select commune_code from helper_commune where helper_account_id = ?"
            + " order by commune_code")
        .setParameter(1, helperAccountId)
        .getResultList();
  }
}
