package vn.langnghe.market.storefront;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.langnghe.market.catalog.CatalogViews.ProductCard;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.platform.Problems;

/**
 * What the shop and village pages share: the page of their product list in the address
 * ({@code ?page=2} is the second page, as the scripts always wrote it), the frame finished with its
 * JSON-LD, and absolute addresses for link previews.
 */
final class Listing {

  /** How far a list may be paged (Page.Request's own limit). */
  private static final int LAST_PAGE = 10_000;

  private Listing() {}

  /** The 0-based page a list shows: {@code ?page=} counts from 1; no page is the first. */
  static int page(HttpServletRequest request) {
    String asked = request.getParameter("page");
    if (asked == null || asked.isBlank()) {
      return 0;
    }
    try {
      int page = Integer.parseInt(asked.strip());
      if (page < 1 || page > LAST_PAGE) {
        throw new Problems.InvalidInputException("page", "must be between 1 and " + LAST_PAGE);
      }
      return page - 1;
    } catch (NumberFormatException e) {
      throw new Problems.InvalidInputException("page", "must be a number");
    }
  }

  /** The query a page's canonical address keeps: none for the first page. */
  static String query(int page) {
    return page == 0 ? null : "page=" + (page + 1);
  }

  /** Whether the asked page is past the end of a list that has something (nothing to index there). */
  static boolean pastTheEnd(Page<ProductCard> products) {
    return products.items().isEmpty() && products.total() > 0;
  }

  /** The same frame with its head's JSON-LD (which needs the frame's addresses first). */
  static Frame withJsonLd(Frame draft, String jsonLd) {
    Head head = draft.head();
    return new Frame(draft.lang(), draft.baseUrl(), draft.path(), draft.query(),
        new Head(head.title(), head.description(), head.ogType(), head.picture(), head.meta(), jsonLd, head.index()),
        draft.script(), draft.searchText());
  }

  /** An address as link previews want it: absolute. */
  static String absolute(String baseUrl, String url) {
    return url.startsWith("http") ? url : baseUrl + url;
  }

  /** The first product's picture (a thumbnail rendition, 400 px square), or null. */
  static Head.Picture firstPicture(String baseUrl, List<ProductCard> items) {
    return items.stream().filter(i -> i.imageUrl() != null).findFirst()
        .map(i -> new Head.Picture(absolute(baseUrl, i.imageUrl()), 400, 400, i.title()))
        .orElse(null);
  }

  /** The marketplace's logo, for a page with no picture of its own. */
  static Head.Picture logo(String baseUrl) {
    // link previews show no SVG: the app icon drawn from the logo
    return new Head.Picture(baseUrl + "/img/icons/icon-512.png", 512, 512, "Làng Nghề Market");
  }
}
