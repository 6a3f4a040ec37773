package vn.langnghe.market.storefront;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.places.PlaceViews.VillageView;
import vn.langnghe.market.platform.ExchangeRate;

/**
 * A craft village's page ({@code /lang-nghe/{slug}}, {@code ?page=} for more products): its craft
 * and story (in English on {@code /en/}), its commune now and before the 2025 reform, its sources
 * and its products; a Place for crawlers, the first product's picture (or the logo) as the link
 * preview.
 */
@ApplicationScoped
public class VillagePages {

  @Inject Storefront storefront;
  @Inject ExchangeRate exchangeRate;

  /** A source of the story: its address and the site's name to show. */
  public record Source(String href, String label) {}

  byte[] render(Lang lang, String baseUrl, String slug, int page) {
    Storefront.VillagePage data = storefront.village(slug, page);
    VillageView village = data.village();
    String craft = craft(lang, village);
    String story = story(lang, village);
    String placeNow = Shown.placeNow(village.commune(), village.province());
    Head.Picture picture = Listing.firstPicture(baseUrl, data.products().items());
    Frame draft = new Frame(lang, baseUrl, "/lang-nghe/" + slug, Listing.query(page),
        new Head(lang.t("village.title", village.name()),
            PlainText.shortened(lang.t("village.meta.description", village.name(), craft, placeNow)
                + (story == null ? "" : " " + story), 300),
            "website", picture != null ? picture : Listing.logo(baseUrl), List.of(), null,
            !Listing.pastTheEnd(data.products())),
        "/js/pages/village.js", null);
    List<StructuredData.Crumb> crumbs = List.of(
        new StructuredData.Crumb(lang.t("home"), baseUrl + lang.path("/")),
        new StructuredData.Crumb(village.name(), baseUrl + lang.path("/lang-nghe/" + slug)));
    Frame frame = Listing.withJsonLd(draft, StructuredData.village(draft, village, crumbs, story));

    Map<String, Object> params = new LinkedHashMap<>();
    params.put("f", frame);
    params.put("v", village);
    params.put("craft", craft);
    params.put("story", story);
    params.put("storyLang", lang == Lang.EN && (village.storyEn() == null || village.storyEn().isBlank()) ? "vi" : null);
    params.put("sources", sources(village.sources()));
    params.put("products", data.products());
    params.put("rate", exchangeRate.rate());
    return Templates.render("village.jte", params);
  }

  /** The craft in the page's language (the Vietnamese name when there is no English one). */
  static String craft(Lang lang, VillageView village) {
    return lang == Lang.EN && village.craftEn() != null && !village.craftEn().isBlank() ? village.craftEn() : village.craft();
  }

  /** The story in the page's language; the Vietnamese one when it has not been told in English. */
  static String story(Lang lang, VillageView village) {
    String story = lang == Lang.EN && village.storyEn() != null && !village.storyEn().isBlank()
        ? village.storyEn() : village.story();
    return story == null || story.isBlank() ? null : story;
  }

  /** Only http(s) sources become links, labelled with their site's name. */
  static List<Source> sources(List<String> urls) {
    return urls == null ? List.of() : urls.stream().map(url -> {
      try {
        URI uri = URI.create(url.strip());
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
          return new Source(uri.toASCIIString(), uri.getHost().replaceFirst("^www\\.", ""));
        }
      } catch (IllegalArgumentException e) {
        // not an address: shown as text
      }
      return new Source(null, url);
    }).toList();
  }
}
