package vn.langnghe.market.storefront;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.catalog.Catalog;
import vn.langnghe.market.conversations.ConversationViews.ResponseTime;
import vn.langnghe.market.places.PlaceViews.VillageRef;
import vn.langnghe.market.platform.ExchangeRate;
import vn.langnghe.market.shops.ShopViews.PublicShopView;

/**
 * A shop's page ({@code /xuong/{slug}}, {@code ?page=} for more products): who they are, their
 * village and its commune now and before 2025, their rating, how they answer, the maker's story and
 * return policy, their products on sale; a Store with its address (and AggregateRating once
 * reviewed) for crawlers, with the owner's photo or the first product's as the link preview.
 */
@ApplicationScoped
public class ShopPages {

  @Inject Storefront storefront;
  @Inject ExchangeRate exchangeRate;

  /** The facts beside the shop's name, already in the page's language. */
  public record Facts(String place, String since, String craft, String responseTime, String returns) {}

  byte[] render(Lang lang, String baseUrl, String slug, int page) {
    Catalog.ShopPage data = storefront.shop(slug, page);
    PublicShopView shop = data.shop();
    VillageRef village = shop.village();
    String placeNow = village == null ? "" : Shown.placeNow(village.commune(), village.province());
    String about = PlainText.of(shop.description());
    String description = PlainText.shortened((placeNow.isEmpty()
        ? lang.t("shop.meta.nowhere", shop.name())
        : lang.t("shop.meta.description", shop.name(), placeNow))
        + (about.isEmpty() ? "" : " " + about), 300);
    Head.Picture picture = shop.ownerPhotoUrl() != null
        ? new Head.Picture(Listing.absolute(baseUrl, shop.ownerPhotoUrl()), 1200, 1200, lang.t("shop.owner.photo", shop.name()))
        : Listing.firstPicture(baseUrl, data.products().items());
    Frame draft = new Frame(lang, baseUrl, "/xuong/" + slug, Listing.query(page),
        new Head(lang.t("shop.title", shop.name()), description, "profile", picture, List.of(), null,
            !Listing.pastTheEnd(data.products())),
        "/js/pages/shop.js", null);
    List<StructuredData.Crumb> crumbs = new ArrayList<>();
    crumbs.add(new StructuredData.Crumb(lang.t("home"), baseUrl + lang.path("/")));
    if (village != null) {
      crumbs.add(new StructuredData.Crumb(village.name(), baseUrl + lang.path("/lang-nghe/" + village.slug())));
    }
    crumbs.add(new StructuredData.Crumb(shop.name(), baseUrl + lang.path("/xuong/" + slug)));
    Frame frame = Listing.withJsonLd(draft,
        StructuredData.shop(draft, shop, crumbs, picture == null ? null : picture.url()));

    Map<String, Object> params = new LinkedHashMap<>();
    params.put("f", frame);
    params.put("shop", shop);
    params.put("facts", facts(lang, shop));
    params.put("products", data.products());
    params.put("rate", exchangeRate.rate());
    return Templates.render("shop.jte", params);
  }

  static Facts facts(Lang lang, PublicShopView shop) {
    VillageRef village = shop.village();
    String place = village == null || village.commune() == null ? ""
        : Shown.placeLine(lang, village.commune(), village.province(), village.formerCommune());
    String craft = village == null ? null : lang == Lang.EN && village.craftEn() != null ? village.craftEn() : village.craft();
    return new Facts(place, Shown.date(lang, shop.since()), craft == null ? null : lang.t("shop.craft", craft),
        responseTime(lang, shop.responseTime()),
        shop.returnPolicy() == null ? null
            : lang.t(shop.returnPolicy().acceptsChangedMind() ? "shop.returns.changed.mind" : "shop.returns.faults.only"));
  }

  /** "Thường trong 2 giờ (100% được trả lời)"; null when nobody asked the shop anything lately. */
  static String responseTime(Lang lang, ResponseTime time) {
    if (time == null) {
      return null;
    }
    if (time.medianMinutes() == null) {
      return lang.t("shop.response.none");
    }
    long minutes = time.medianMinutes();
    String usually = minutes < 60 ? lang.t("shop.minutes", Math.max(1, minutes))
        : minutes < 60 * 24 ? lang.t("shop.hours", Math.round(minutes / 60.0))
        : lang.t("shop.days", Math.round(minutes / (60.0 * 24)));
    return lang.t("shop.response.usual", usually, Math.round(time.answeredShare() * 100));
  }
}
