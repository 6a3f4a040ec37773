package vn.langnghe.market.storefront;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything the shared frame of a storefront page (head, header, footer) needs: the language,
 * the marketplace's public address, the page's language-less path, its head and its script.
 *
 * @param path the page's address without the language prefix and without query ("/san-pham/x")
 * @param query the query string kept in the canonical and alternates ("q=bạc"), or null
 * @param script the module that enhances the page, or null
 * @param searchText what the header's search box shows (the search page's query)
 */
public record Frame(Lang lang, String baseUrl, String path, String query, Head head, String script,
    String searchText) {

  /** An alternate-language address of this page, for hreflang. */
  public record Alternate(String hreflang, String href) {}

  /** The absolute address of this page in a language. */
  public String url(Lang in) {
    return baseUrl + in.path(path) + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  public String canonical() {
    return url(lang);
  }

  public List<Alternate> alternates() {
    return List.of(new Alternate("vi", url(Lang.VI)), new Alternate("en", url(Lang.EN)),
        new Alternate("x-default", url(Lang.VI)));
  }

  /** A storefront address in this page's language. */
  public String link(String storefrontPath) {
    return lang.path(storefrontPath);
  }

  /** The language switch: sets the cookie and comes back to this page in the other language. */
  public String switchHref() {
    Lang other = lang.other();
    String next = other.path(path) + (query == null || query.isEmpty() ? "" : "?" + query);
    return "/ngon-ngu?lang=" + other.code + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }

  public String t(String key) {
    return lang.t(key);
  }

  public String t(String key, Object... values) {
    return lang.t(key, values);
  }
}
