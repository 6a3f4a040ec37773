package vn.langnghe.market.shops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.IdentityViews.ShopRef;
import vn.langnghe.market.identity.ShopDirectory;
import vn.langnghe.market.places.AdministrativeUnit;
import vn.langnghe.market.places.CraftVillage;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.media.StoredImage;
import vn.langnghe.market.platform.CleanText;
import vn.langnghe.market.platform.Outbox;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RichText;
import vn.langnghe.market.platform.VietnameseText;
import vn.langnghe.market.shops.ShopViews.ShopPlace;
import vn.langnghe.market.shops.ShopViews.ShopRequest;
import vn.langnghe.market.shops.ShopViews.ShopView;
import vn.langnghe.market.shops.ShopViews.TaxIdentity;

/** Opening and editing one's shop, and the officers' vetting of shops. */
@ApplicationScoped
@Transactional
public class Shops implements ShopDirectory {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Places places;
  @Inject Clock clock;
  @Inject Outbox outbox;
  @Inject Accounts accounts;
  @Inject Images images;

  public ShopView open(Caller artisan, ShopRequest request) {
    if (findOwnedBy(artisan.accountId()).isPresent()) {
      throw new Problems.ConflictException("You already have a shop; edit it instead.");
    }
    String name = VietnameseText.clean(request.name());
    Shop shop = new Shop(artisan.accountId(), uniqueSlug(name), name,
        RichText.sanitise(request.description()), village(request.villageSlug()), clock.instant());
    if (request.acceptsCod() != null) {
      shop.acceptCashOnDelivery(request.acceptsCod());
    }
    shop.declareTaxId(request.taxId());
    shop.tellStory(story(request.story()));
    em.persist(shop);
    em.flush();
    return ShopView.of(shop);
  }

  public ShopView edit(Caller artisan, ShopRequest request) {
    Shop shop = ownShop(artisan);
    shop.describe(VietnameseText.clean(request.name()), RichText.sanitise(request.description()),
        village(request.villageSlug()));
    // left out of the request: the setting stays as it was
    if (request.acceptsCod() != null) {
      shop.acceptCashOnDelivery(request.acceptsCod());
    }
    // left out: unchanged; sent blank: cleared
    if (request.taxId() != null) {
      shop.declareTaxId(request.taxId());
    }
    // left out: unchanged; sent blank: cleared
    if (request.story() != null) {
      shop.tellStory(story(request.story()));
    }
    return changed(shop);
  }

  /** The artisan's own photo for the shop page; public once the shop is approved. */
  public ShopView showOwnerPhoto(Caller artisan, byte[] bytes) {
    Shop shop = ownShop(artisan);
    StoredImage image = images.store(bytes, artisan.accountId(), "file");
    shop.showOwnerPhoto(image.id(), image.accessKey());
    return changed(shop);
  }

  public ShopView removeOwnerPhoto(Caller artisan) {
    Shop shop = ownShop(artisan);
    shop.removeOwnerPhoto();
    return changed(shop);
  }

  private static String story(String typed) {
    String clean = CleanText.clean(typed);
    return clean == null ? null : clean.strip();
  }

  /** The names of those of the shops that refuse cash on delivery. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> refusingCashOnDelivery(Collection<Long> shopIds) {
    if (shopIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select s.name from Shop s where s.id in :ids and s.acceptsCod = false"
            + " order by s.name", String.class)
        .setParameter("ids", List.copyOf(shopIds))
        .getResultList();
  }

  /** Whether the shop takes back pieces a buyer changed their mind about (its return policy). */
  public boolean acceptsChangedMindReturns(long shopId) {
    Shop shop = em.find(Shop.class, shopId);
    return shop != null && shop.acceptsChangedMindReturns();
  }

  /** The artisan sets their shop's return policy; answers it as it now stands. */
  public boolean setChangedMindReturns(Caller artisan, boolean accepts) {
    ownShop(artisan).acceptChangedMindReturns(accepts);
    return accepts;
  }

  public ShopView mine(Caller artisan) {
    return ShopView.of(ownShop(artisan));
  }

  /** The caller's shop, for other components acting on the artisan's behalf. */
  public Shop ownShop(Caller artisan) {
    return findOwnedBy(artisan.accountId())
        .orElseThrow(() -> new Problems.NotFoundException("Your shop (open one first)"));
  }

  public Optional<Shop> findOwnedBy(long accountId) {
    return em.createQuery("select s from Shop s where s.ownerAccountId = :owner", Shop.class)
        .setParameter("owner", accountId)
        .getResultStream()
        .findFirst();
  }

  /** An approved shop by its slug: what the storefront may show. */
  public Shop approvedShop(String slug) {
    return em.createQuery("select s from Shop s where s.slug = :slug", Shop.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Shop::maySell)
        .findFirst()
        .orElseThrow(() -> new Problems.NotFoundException("Shop " + slug));
  }

  @Override
  public Optional<ShopRef> shopOwnedBy(long accountId) {
    return findOwnedBy(accountId)
        .map(s -> new ShopRef(s.id(), s.slug(), s.name(), s.status().name()));
  }

  /**
   * Holds the shop's row until the caller's transaction ends, so that another component's changes
   * to what belongs to one shop (its receiving account) happen one at a time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(long shopId) {
    if (em.find(Shop.class, shopId, LockModeType.PESSIMISTIC_WRITE) == null) {
      throw new Problems.NotFoundException("Shop " + shopId);
    }
  }

  /** Where each shop is, for reports that group by village or commune; unknown ids are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, ShopPlace> places(Collection<Long> shopIds) {
    if (shopIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, ShopPlace> found = new HashMap<>();
    for (Shop s : em.createQuery("select s from Shop s left join fetch s.village where s.id in :ids", Shop.class)
        .setParameter("ids", shopIds)
        .getResultList()) {
      CraftVillage v = s.village();
      AdministrativeUnit commune = v == null ? null : v.commune();
      found.put(s.id(), new ShopPlace(s.id(), s.slug(), s.name(), v == null ? null : v.id(),
          v == null ? null : v.name(), commune == null ? null : commune.code(),
          commune == null ? null : commune.name(), s.ownerAccountId()));
    }
    return found;
  }

  /** The tax identities of these shops, by shop id, for the withholding declarations. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, TaxIdentity> taxIdentities(Collection<Long> shopIds) {
    if (shopIds.isEmpty()) {
      return Map.of();
    }
    List<Shop> found = em.createQuery("select s from Shop s where s.id in :ids", Shop.class)
        .setParameter("ids", List.copyOf(shopIds))
        .getResultList();
    Map<Long, String> ownerNames =
        accounts.displayNames(found.stream().map(Shop::ownerAccountId).toList());
    Map<Long, TaxIdentity> identities = new HashMap<>();
    for (Shop shop : found) {
      String ownerName = ownerNames.get(shop.ownerAccountId());
      // a shop whose owner is gone has no one to declare for
      if (ownerName != null) {
        identities.put(shop.id(), taxIdentity(shop, ownerName));
      }
    }
    return identities;
  }

  /** The tax identity of the caller's shop. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TaxIdentity ownTaxIdentity(Caller artisan) {
    return taxIdentities(List.of(ownShop(artisan).id())).values().iterator().next();
  }

  /** The tax identity of a shop by its slug, whatever its status (an officer's look-up). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TaxIdentity taxIdentity(String slug) {
    Long id = em.createQuery("select s.id from Shop s where s.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problems.NotFoundException("Shop " + slug));
    return taxIdentities(List.of(id)).get(id);
  }

  private static TaxIdentity taxIdentity(Shop shop, String ownerName) {
    CraftVillage village = shop.village();
    return new TaxIdentity(shop.id(), shop.slug(), shop.name(), ownerName, shop.taxId(),
        village == null || village.commune() == null ? null : village.commune().name());
  }

  public List<ShopView> withStatus(Shop.Status status) {
    return em.createQuery("select s from Shop s where s.status = :status order by s.createdAt", Shop.class)
        .setParameter("status", status)
        .getResultList()
        .stream()
        .map(ShopView::of)
        .toList();
  }

  /** Whether the shop's owner is identified and verified (shoppers see "Người bán đã xác minh"). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean ownerVerified(long shopId) {
    return byId(shopId).ownerVerified();
  }

  /** The 2025 commune code of the shop's craft village; null for a shop without a village. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String communeCode(long shopId) {
    return OwnerIdentities.communeCode(byId(shopId));
  }

  /** Refused (409 naming {@code identity}) until the owner is identified and verified. */
  public ShopView approve(long shopId) {
    Shop shop = byId(shopId);
    shop.approve(clock.instant());
    return changed(shop);
  }

  public ShopView suspend(long shopId, String reason) {
    Shop shop = byId(shopId);
    shop.suspend(VietnameseText.clean(reason));
    return changed(shop);
  }

  /** A shop's name, village and status show in its products' search entries. */
  private ShopView changed(Shop shop) {
    em.flush();
    outbox.announce(Outbox.SHOP, shop.id());
    return ShopView.of(shop);
  }

  /** The shop by its id, whatever its status; 404 when there is none. */
  Shop byId(long shopId) {
    Shop shop = em.find(Shop.class, shopId);
    if (shop == null) {
      throw new Problems.NotFoundException("Shop " + shopId);
    }
    return shop;
  }

  private CraftVillage village(String slug) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    return places.findVillage(slug)
        .orElseThrow(() -> new Problems.InvalidInputException("villageSlug", "no such craft village"));
  }

  private String uniqueSlug(String name) {
    String base = VietnameseText.slug(name, 80);
    String slug = base;
    while (!em.createQuery("select s.id from Shop s where s.slug = :slug")
        .setParameter("slug", slug).getResultList().isEmpty()) {
      slug = base + "-" + Integer.toString(100 + RANDOM.nextInt(900));
    }
    return slug;
  }
}
