package vn.langnghe.market.digitalhelpers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langnghe.market.catalog.ArtisanCatalog;
import vn.langnghe.market.catalog.CatalogViews.ImageView;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.catalog.CatalogViews.OwnVariantView;
import vn.langnghe.market.digitalhelpers.HelperAction.Kind;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.platform.ActingHelper;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.ShopViews.ShopView;

/**
 * Every request a helper makes for an artisan ({@code X-Acting-For}): marks the request's writes
 * as the helper's ({@link ActingHelper}, read by the rows' {@code ByHelper} stamp), keeps the
 * product as it was before an edit, refuses a shop placed outside the helper's communes, and
 * after a successful write records the action in the artisan's audit.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
@ApplicationScoped
public class HelperAudit implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(HelperAudit.class.getName());
  private static final String BEFORE = "market.helperBefore";
  private static final Pattern PRODUCT = Pattern.compile("my/products/(\\d{1,18})");
  private static final Pattern STOCK = Pattern.compile("my/products/(\\d{1,18})/variants/([^/]+)/stock");
  private static final Pattern PICTURE = Pattern.compile("my/products/(\\d{1,18})/images(?:/(\\d{1,18}))?");
  private static final Pattern ORDER_STEP = Pattern.compile("my/orders/(\\d{1,18})/([a-z-]+)");

  @Inject ActingHelper actingHelper;
  @Inject ArtisanCatalog catalog;
  @Inject HelperActions actions;
  @Inject Mandates mandates;
  @Inject Places places;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Caller caller = helped(request);
    if (caller == null) {
      return;
    }
    actingHelper.set(caller.helperAccountId());
    String method = request.getMethod();
    String path = path(request);
    Matcher m;
    if ("PUT".equals(method) && (m = PRODUCT.matcher(path)).matches()) {
      request.setProperty(BEFORE, HelperActions.write(
          HelperActions.asRequest(catalog.product(caller, Long.parseLong(m.group(1))))));
    } else if ("PUT".equals(method) && (m = STOCK.matcher(path)).matches()) {
      String sku = m.group(2);
      catalog.product(caller, Long.parseLong(m.group(1))).variants().stream()
          .filter(v -> v.sku().equalsIgnoreCase(sku)).findFirst()
          .ifPresent(v -> request.setProperty(BEFORE, v.onHand()));
    } else if (("POST".equals(method) || "PUT".equals(method)) && "my/shop".equals(path)) {
      requireVillageInside(caller, request);
    }
  }

  /** A helper opens or moves a shop only into a village of their own communes. */
  private void requireVillageInside(Caller caller, ContainerRequestContext request) throws IOException {
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode json;
    try {
      json = HelperActions.JSON.readTree(body);
    } catch (IOException e) {
      return; // the resource answers the broken body
    }
    JsonNode slug = json == null ? null : json.get("villageSlug");
    if (slug == null || !slug.isTextual()) {
      return;
    }
    places.findVillage(slug.asText()).ifPresent(village -> {
      if (!mandates.coversCommune(caller.helperAccountId(), village.commune().code())) {
        throw new Problems.AccessDeniedException(
            "villageSlug: this craft village is not in one of your communes.");
      }
    });
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Caller caller = helped(request);
    String method = request.getMethod();
    if (caller == null || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
        || response.getStatus() >= 300) {
      return;
    }
    try {
      record(caller, method, path(request), request.getProperty(BEFORE), response.getEntity());
    } catch (RuntimeException e) {
      // the artisan's change is committed; a missing audit row must be found in the log
      LOG.log(Level.SEVERE, "Helper " + caller.helperAccountId() + "'s " + method + " "
          + path(request) + " for account " + caller.accountId() + " not audited", e);
    }
  }

  private void record(Caller caller, String method, String path, Object before, Object entity) {
    long helper = caller.helperAccountId();
    long artisan = caller.accountId();
    Matcher m;
    if (path.equals("my/shop") && entity instanceof ShopView shop) {
      Kind kind = "POST".equals(method) ? Kind.SHOP_OPENED : Kind.SHOP_EDITED;
      actions.record(helper, artisan, kind, shop.id(), null, kind.label + ": " + shop.name(), null);
    } else if (path.startsWith("my/shop/identity")) {
      // the numbers themselves stay out of the audit: it is read by the artisan and officers
      actions.record(helper, artisan, Kind.IDENTITY_DECLARED, null, null, Kind.IDENTITY_DECLARED.label, null);
    } else if (path.startsWith("my/shop/photo")) {
      actions.record(helper, artisan, Kind.SHOP_PHOTO, null, null, Kind.SHOP_PHOTO.label, null);
    } else if (path.equals("my/products") && entity instanceof OwnProductView p) {
      actions.record(helper, artisan, Kind.PRODUCT_CREATED, p.id(), null,
          Kind.PRODUCT_CREATED.label + ": " + p.title(), null);
    } else if ((m = PRODUCT.matcher(path)).matches() && entity instanceof OwnProductView p) {
      Kind kind = "DELETE".equals(method) ? Kind.PRODUCT_ARCHIVED : Kind.PRODUCT_EDITED;
      actions.record(helper, artisan, kind, p.id(), null, kind.label + ": " + p.title(),
          kind == Kind.PRODUCT_EDITED ? (String) before : null);
    } else if ((m = STOCK.matcher(path)).matches() && entity instanceof OwnProductView p
        && before instanceof Integer was) {
      String sku = m.group(2);
      int now = p.variants().stream().filter(v -> v.sku().equalsIgnoreCase(sku))
          .mapToInt(OwnVariantView::onHand).findFirst().orElse(was);
      actions.record(helper, artisan, Kind.STOCK_CHANGED, p.id(), sku.toUpperCase(java.util.Locale.ROOT),
          Kind.STOCK_CHANGED.label + ": " + p.title() + " (" + sku + ") " + was + " → " + now,
          HelperActions.write(new HelperActions.StockChange(was, now)));
    } else if ((m = PICTURE.matcher(path)).matches() && entity instanceof OwnProductView p) {
      if ("POST".equals(method)) {
        long picture = p.images().stream().map(ImageView::id).max(Comparator.naturalOrder()).orElse(0L);
        actions.record(helper, artisan, Kind.PICTURE_ADDED, p.id(), Long.toString(picture),
            Kind.PICTURE_ADDED.label + ": " + p.title(), null);
      } else {
        actions.record(helper, artisan, Kind.PICTURE_REMOVED, p.id(), m.group(2),
            Kind.PICTURE_REMOVED.label + ": " + p.title(), null);
      }
    } else if (path.startsWith("my/products/") && path.contains("/ocop-certificates")) {
      actions.record(helper, artisan, Kind.OCOP_SUBMITTED, null, null, Kind.OCOP_SUBMITTED.label, null);
    } else if ((m = ORDER_STEP.matcher(path)).matches()) {
      Kind kind = "ship".equals(m.group(2)) ? Kind.SHIPMENT_BOOKED : Kind.ORDER_STEP;
      actions.record(helper, artisan, kind, Long.parseLong(m.group(1)), m.group(2),
          kind.label + " (" + m.group(2) + ")", null);
    } else {
      actions.record(helper, artisan, Kind.OTHER, null, null, method + " /api/" + path, null);
    }
  }

  private static Caller helped(ContainerRequestContext request) {
    return request.getSecurityContext() != null
        && request.getSecurityContext().getUserPrincipal() instanceof Caller caller
        && caller.byHelper() ? caller : null;
  }

  private static String path(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    path = path.startsWith("/") ? path.substring(1) : path;
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
