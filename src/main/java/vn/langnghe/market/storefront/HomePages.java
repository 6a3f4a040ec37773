package vn.langnghe.market.storefront;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.market.platform.ExchangeRate;

/**
 * The home page ({@code /} and {@code /en/}): the hero with the crafts to search for, every craft
 * village as a card, the newest products; the marketplace as Organization and WebSite (with its
 * search) for crawlers.
 */
@ApplicationScoped
public class HomePages {

  @Inject Storefront storefront;
  @Inject ExchangeRate exchangeRate;

  /** A craft to search for under the hero: its label in the page's language, the (Vietnamese) query. */
  public record Craft(String label, String query) {}

  /** What the crafts under the hero search for: the catalogue is Vietnamese in both languages. */
  static final List<String> CRAFT_QUERIES =
      List.of("chạm bạc", "dệt đũi", "dệt chiếu cói", "thêu tay", "đúc đồng", "rèn", "bánh cáy", "cốm");

  byte[] render(Lang lang, String baseUrl) {
    Storefront.HomePage home = storefront.home();
    Head.Picture picture = Listing.firstPicture(baseUrl, home.newest());
    Frame draft = new Frame(lang, baseUrl, "/", null,
        new Head(lang.t("site.name") + " · " + lang.t("home.title"), lang.t("site.description"), "website",
            picture != null ? picture : Listing.logo(baseUrl), List.of(), null, true),
        "/js/pages/home.js", null);
    Frame frame = Listing.withJsonLd(draft, StructuredData.home(draft));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("f", frame);
    params.put("crafts", crafts(lang));
    params.put("villages", home.villages());
    params.put("newest", home.newest());
    params.put("rate", exchangeRate.rate());
    return Templates.render("home.jte", params);
  }

  static List<Craft> crafts(Lang lang) {
    String[] labels = lang.t("home.crafts.labels").split("\\|");
    if (labels.length != CRAFT_QUERIES.size()) {
      throw new IllegalStateException("home.crafts.labels in " + lang.code + " needs a label for each of " + CRAFT_QUERIES);
    }
    List<Craft> crafts = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      crafts.add(new Craft(labels[i].strip(), CRAFT_QUERIES.get(i)));
    }
    return crafts;
  }
}
