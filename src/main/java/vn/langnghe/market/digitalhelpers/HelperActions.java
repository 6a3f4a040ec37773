package vn.langnghe.market.digitalhelpers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.catalog.ArtisanCatalog;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.catalog.CatalogViews.ProductRequest;
import vn.langnghe.market.catalog.CatalogViews.RequestedStatus;
import vn.langnghe.market.catalog.CatalogViews.StockRequest;
import vn.langnghe.market.catalog.CatalogViews.VariantRequest;
import vn.langnghe.market.digitalhelpers.HelperViews.ActionView;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.platform.Problems;

/**
 * The audit of what helpers did for artisans: recorded as it happens, listed to the artisan, and
 * undone on the artisan's word where that can be done (a listing taken off sale, an edit or a
 * stock change reversed, a picture removed).
 */
@ApplicationScoped
@Transactional
public class HelperActions {

  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject ArtisanCatalog catalog;

  public void record(long helperId, long artisanId, HelperAction.Kind kind, Long targetId,
      String detail, String summary, String beforeState) {
    em.persist(new HelperAction(helperId, artisanId, kind, targetId, detail, summary, beforeState,
        clock.instant()));
  }

  public List<ActionView> of(Caller artisan) {
    List<HelperAction> found = em.createQuery("select a from HelperAction a where a.artisanAccountId = :a"
            + " order by a.doneAt desc, a.id desc", HelperAction.class)
        .setParameter("a", artisan.accountId())
        .setMaxResults(500)
        .getResultList();
    Map<Long, String> names = accounts.displayNames(
        found.stream().map(HelperAction::helperAccountId).toList());
    return found.stream().map(a -> view(a, names.get(a.helperAccountId()))).toList();
  }

  public ActionView undo(Caller artisan, long actionId) {
    DigitalHelpers.requireOwnHands(artisan);
    // held until this undo ends: a second undo at once (a double tap) waits, then finds it undone
    HelperAction action = em.find(HelperAction.class, actionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (action == null || action.artisanAccountId() != artisan.accountId()) {
      throw new Problems.NotFoundException("Helper action " + actionId);
    }
    action.undo(clock.instant());
    long productId = action.targetId();
    switch (action.kind()) {
      case PRODUCT_CREATED -> {
        OwnProductView now = catalog.product(artisan, productId);
        if (!"ARCHIVED".equals(now.status())) {
          catalog.archive(artisan, productId);
        }
      }
      case PRODUCT_EDITED -> {
        OwnProductView now = catalog.product(artisan, productId);
        ProductRequest before = read(action.beforeState(), ProductRequest.class);
        catalog.edit(artisan, productId, withVersion(before, now.version()));
      }
      case STOCK_CHANGED -> {
        StockChange change = read(action.beforeState(), StockChange.class);
        if (change.after() != change.before()) {
          catalog.changeStock(artisan, productId, action.targetDetail(),
              new StockRequest(null, null, change.before() - change.after()));
        }
      }
      case PICTURE_ADDED -> {
        long pictureId = Long.parseLong(action.targetDetail());
        boolean still = catalog.product(artisan, productId).images().stream()
            .anyMatch(i -> i.id() == pictureId);
        if (still) {
          catalog.removeImage(artisan, productId, pictureId);
        }
      }
      default -> throw new IllegalStateException("undoable kind without an undo: " + action.kind());
    }
    return view(action, accounts.displayNames(List.of(action.helperAccountId()))
        .get(action.helperAccountId()));
  }

  /** A stock change as the helper made it: on hand before and after. */
  record StockChange(int before, int after) {}

  /** The product as an edit request that would put it back as it was (status DRAFT or ACTIVE). */
  static ProductRequest asRequest(OwnProductView p) {
    List<VariantRequest> variants = p.variants().stream().filter(v -> !v.retired())
        .map(v -> new VariantRequest(v.sku(), v.options(), v.priceVnd(), v.onHand(), v.weightGrams()))
        .toList();
    return new ProductRequest(p.title(), p.description(),
        p.category() == null ? null : p.category().id(),
        p.village() == null ? null : p.village().slug(), p.material(), p.ocopStars(),
        p.ocopCertificate(), "ACTIVE".equals(p.status()) ? RequestedStatus.ACTIVE : RequestedStatus.DRAFT,
        variants, p.version());
  }

  private static ProductRequest withVersion(ProductRequest r, long version) {
    return new ProductRequest(r.title(), r.description(), r.categoryId(), r.villageSlug(),
        r.material(), r.ocopStars(), r.ocopCertificate(), r.status(), r.variants(), version);
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable before-state of a helper action", e);
    }
  }

  private static ActionView view(HelperAction a, String helperName) {
    return new ActionView(a.id(), a.helperAccountId(), helperName, a.kind().name(), a.kind().label,
        a.targetId(), a.targetDetail(), a.summary(), a.doneAt(),
        a.kind().undoable && a.undoneAt() == null, a.undoneAt());
  }
}
