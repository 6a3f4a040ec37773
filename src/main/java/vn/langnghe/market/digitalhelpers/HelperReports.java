package vn.langnghe.market.digitalhelpers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.langnghe.market.catalog.ProductCounts;
import vn.langnghe.market.ocop.OcopCertificates;
import vn.langnghe.market.ocop.OcopViews;
import vn.langnghe.market.digitalhelpers.HelperViews.CommuneRow;
import vn.langnghe.market.digitalhelpers.HelperViews.HelperRow;
import vn.langnghe.market.digitalhelpers.HelperViews.OcopGoal;
import vn.langnghe.market.digitalhelpers.HelperViews.ReportView;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.ShopDirectory;

/**
 * The officers' view of the helpers' work: per commune and per helper, the shops they onboarded
 * (a consented mandate whose artisan has a shop) and those shops' products on sale; and the
 * province's goal, every OCOP product of 3 stars and more on sale online.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HelperReports {

  /** The province's goal counts OCOP products of at least this many stars. */
  static final int OCOP_GOAL_STARS = 3;

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject ShopDirectory shopDirectory;
  @Inject ProductCounts productCounts;
  @Inject OcopCertificates ocopCertificates;
  @Inject DigitalHelpers helpers;

  public ReportView report() {
    List<Mandate> onboarded = em.createQuery(
            "select m from Mandate m where m.consentedAt is not null order by m.id", Mandate.class)
        .getResultList();
    Map<Long, Long> shopOfArtisan = new HashMap<>();
    for (Mandate m : onboarded) {
      shopDirectory.shopOwnedBy(m.artisanAccountId())
          .ifPresent(s -> shopOfArtisan.put(m.artisanAccountId(), s.id()));
    }
    Map<Long, Long> online = productCounts.onSaleByShop(shopOfArtisan.values());

    @SuppressWarnings("unchecked")
    List<Object[]> bindings = em.createNativeQuery(
        "select helper_account_id, commune_code from helper_commune").getResultList();
    Map<String, Set<Long>> helpersOfCommune = new TreeMap<>();
    Map<Long, Set<String>> communesOfHelper = new TreeMap<>();
    for (Object[] row : bindings) {
      long helper = ((Number) row[0]).longValue();
      String commune = (String) row[1];
      helpersOfCommune.computeIfAbsent(commune, k -> new TreeSet<>()).add(helper);
      communesOfHelper.computeIfAbsent(helper, k -> new TreeSet<>()).add(commune);
    }

    Map<String, long[]> byCommune = new TreeMap<>();
    Map<Long, long[]> byHelper = new TreeMap<>();
    helpersOfCommune.keySet().forEach(c -> byCommune.put(c, new long[2]));
    communesOfHelper.keySet().forEach(h -> byHelper.put(h, new long[3]));
    Set<Long> countedShops = new java.util.HashSet<>();
    for (Mandate m : onboarded) {
      Long shop = shopOfArtisan.get(m.artisanAccountId());
      long[] h = byHelper.computeIfAbsent(m.helperAccountId(), k -> new long[3]);
      h[0]++;
      if (shop == null) {
        continue;
      }
      long products = online.getOrDefault(shop, 0L);
      h[1]++;
      h[2] += products;
      // a shop two helpers worked on counts once for its commune
      if (countedShops.add(shop)) {
        long[] c = byCommune.computeIfAbsent(m.communeCode(), k -> new long[2]);
        c[0]++;
        c[1] += products;
      }
    }
    Map<Long, String> names = accounts.displayNames(byHelper.keySet());
    List<CommuneRow> communes = new ArrayList<>();
    byCommune.forEach((code, c) -> communes.add(new CommuneRow(code, helpers.commune(code).name(),
        helpersOfCommune.getOrDefault(code, Set.of()).size(), c[0], c[1])));
    List<HelperRow> helperRows = new ArrayList<>();
    byHelper.forEach((id, h) -> helperRows.add(new HelperRow(id, names.get(id),
        List.copyOf(communesOfHelper.getOrDefault(id, Set.of())), h[0], h[1], h[2])));
    return new ReportView(communes, helperRows, ocopGoal());
  }

  /**
   * The province's goal: every product with a verified, unexpired OCOP certificate (3 stars and
   * more, the only ones certified) on sale online; how many are, of how many certified.
   */
  OcopGoal ocopGoal() {
    OcopViews.OnSaleVsCertified counts = ocopCertificates.onSaleVsCertified();
    double share = counts.certified() == 0 ? 0 : (double) counts.onSale() / counts.certified();
    return new OcopGoal(OCOP_GOAL_STARS, counts.onSale(), counts.certified(), share);
  }
}
