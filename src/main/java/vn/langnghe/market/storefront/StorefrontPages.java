package vn.langnghe.market.storefront;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.CatalogViews.ProductView;
import vn.langnghe.market.platform.ExchangeRate;
import vn.langnghe.market.platform.JsonSettings;
import vn.langnghe.market.platform.Problems;

/**
 * The storefront's addresses: each page rendered on the server in Vietnamese, and in English under
 * {@code /en/}; the old script-built addresses ({@code product.html?slug=…}) answer 301 to them;
 * {@code /ngon-ngu} switches the language. A page's HTML is the same for every visitor (who is
 * signed in and the cart are filled in by the scripts), so it carries an ETag and a short max-age.
 */
@WebServlet(urlPatterns = {"", "/en", "/en/*", "/tim-kiem", "/san-pham/*", "/xuong/*", "/lang-nghe/*",
    "/ngon-ngu", "/index.html", "/product.html", "/shop.html", "/village.html", "/search.html"})
public class StorefrontPages extends HttpServlet {

  /** Browsers and shared caches may keep a page this long before asking again (with its ETag). */
  static final String PAGE_CACHING = "public, max-age=10";
  static final String LANG_COOKIE = "lang";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
  private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
  private static final ObjectMapper API_JSON = new JsonSettings().getContext(Object.class);

  @Inject Storefront storefront;
  @Inject PageCache cache;
  @Inject ExchangeRate exchangeRate;
  @Inject SearchPage searchPage;
  @Inject HomePages homePages;
  @Inject ShopPages shopPages;
  @Inject VillagePages villagePages;

  @Inject
  @ConfigProperty(name = "market.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.isEmpty()) {
      path = "/";
    }
    String moved = oldAddress(path, request);
    if (moved != null) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", asciiOnly(moved));
      return;
    }
    if ("/ngon-ngu".equals(path)) {
      switchLanguage(request, response);
      return;
    }
    Lang lang = Lang.VI;
    if ("/en".equals(path)) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", "/en/");
      return;
    }
    if (path.startsWith("/en/")) {
      lang = Lang.EN;
      path = path.substring(3);
    } else {
      Lang preferred = firstVisitLanguage(request);
      if (preferred != null) {
        // A first visit from a browser that prefers English: its English twin, once.
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", asciiOnly(Lang.EN.path(path) + query(request)));
        response.setHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("Cache-Control", "private, no-store");
        // the shopper's pages built by scripts (cart, checkout) follow the cookie: English too
        response.addCookie(languageCookie(Lang.EN, request));
        return;
      }
    }
    if (lang == Lang.VI) {
      // the same address answers English-first browsers with their twin: caches must tell them apart
      response.setHeader("Vary", "Accept-Language, Cookie");
    }
    try {
      Lang language = lang;
      String page = path;
      PageCache.Rendered rendered = cache.get(PageCache.key(lang, path, cacheQuery(path, request)), () -> {
        byte[] bytes = render(language, page, request);
        return bytes == null ? null : PageCache.Rendered.of(bytes);
      });
      if (rendered == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      send(rendered, "text/html;charset=UTF-8", request, response);
    } catch (Problems.NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (Problems.InvalidInputException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    } catch (StatusPage e) {
      e.send(response);
    }
  }

  /**
   * What of the query makes another page: nothing for a product or the home page (a shared link's
   * fbclid or utm_… must not make a copy per visitor), the page number of a shop or village, the
   * whole query of a search.
   */
  private static String cacheQuery(String path, HttpServletRequest request) {
    if (SearchPage.PATH.equals(path)) {
      return request.getQueryString();
    }
    if (path.startsWith("/xuong/") || path.startsWith("/lang-nghe/")) {
      return "page=" + Listing.page(request);
    }
    return null;
  }

  /** The page for a language-less path, or null when there is none. */
  private byte[] render(Lang lang, String path, HttpServletRequest request) {
    if ("/".equals(path)) {
      return homePages.render(lang, baseUrl());
    }
    if (SearchPage.PATH.equals(path)) {
      return searchPage.render(lang, baseUrl(), request);
    }
    String[] parts = path.split("/", -1);
    // only slugs: the catalogue would also take a product's number, a second address for one page
    if (parts.length != 3 || !SLUG.matcher(parts[2]).matches() || ALL_DIGITS.matcher(parts[2]).matches()) {
      return null;
    }
    return switch (parts[1]) {
      case "san-pham" -> product(lang, parts[2]);
      case "xuong" -> shopPages.render(lang, baseUrl(), parts[2], Listing.page(request));
      case "lang-nghe" -> villagePages.render(lang, baseUrl(), parts[2], Listing.page(request));
      default -> null;
    };
  }

  private byte[] product(Lang lang, String slug) {
    ProductView p = storefront.product(slug);
    cache.shows(p.id(), "/san-pham/" + slug);
    String description = PlainText.of(p.description());
    String place = p.village() == null ? "" : Shown.placeNow(p.village().commune(), p.village().province());
    String price = p.priceMinVnd() == null ? lang.t("price.none") : Shown.vnd(p.priceMinVnd());
    String metaDescription = PlainText.shortened(lang.t("product.meta.description",
        p.title(), price, p.shop().name(), place.isEmpty() ? p.shop().name() : place)
        + (description.isEmpty() ? "" : " " + description), 300);
    List<String> images = p.images().stream().map(i -> absolute(i.url())).toList();
    Head.Picture picture = p.images().isEmpty() ? null
        // the link-preview card: 1200×630, as Zalo and Facebook show it
        : new Head.Picture(absolute(p.images().get(0).ogUrl()), 1200, 630,
            p.images().get(0).alt() != null ? p.images().get(0).alt() : p.title());
    List<Head.Meta> meta = new ArrayList<>();
    if (p.priceMinVnd() != null) {
      meta.add(new Head.Meta("product:price:amount", Long.toString(p.priceMinVnd())));
      meta.add(new Head.Meta("product:price:currency", "VND"));
    }
    boolean inStock = p.variants().stream().anyMatch(v -> v.available() > 0);
    meta.add(new Head.Meta("product:availability", inStock ? "in stock" : "out of stock"));
    Frame draft = new Frame(lang, baseUrl(), "/san-pham/" + slug, null,
        new Head(p.title() + " · " + p.shop().name() + " · Làng Nghề Market", metaDescription, "product",
            picture, meta, null, true), "/js/pages/product.js", null);
    List<StructuredData.Crumb> crumbs = new ArrayList<>();
    crumbs.add(new StructuredData.Crumb(lang.t("home"), draft.baseUrl() + lang.path("/")));
    if (p.village() != null) {
      crumbs.add(new StructuredData.Crumb(p.village().name(), draft.baseUrl() + lang.path("/lang-nghe/" + p.village().slug())));
    }
    crumbs.add(new StructuredData.Crumb(p.title(), draft.canonical()));
    String jsonLd = StructuredData.product(draft, p, crumbs, PlainText.shortened(description, 5000), images);
    Frame frame = new Frame(lang, draft.baseUrl(), draft.path(), null,
        new Head(draft.head().title(), metaDescription, "product", picture, meta, jsonLd, true), draft.script(), null);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("f", frame);
    params.put("p", p);
    params.put("rate", exchangeRate.rate());
    params.put("productJson", dataBlock(p));
    return Templates.render("product.jte", params);
  }

  /** The product as the API shows it, for the page's script (no second request for the same data). */
  private static String dataBlock(Object value) {
    try {
      return StructuredData.scriptSafe(API_JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a page (or a sitemap) with its ETag, or 304 when the browser already has these very bytes. */
  static void send(PageCache.Rendered page, String contentType, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    response.setHeader("ETag", page.etag());
    response.setHeader("Cache-Control", PAGE_CACHING);
    String asked = request.getHeader("If-None-Match");
    if (asked != null && (asked.contains(page.etag()) || asked.trim().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(contentType);
    response.setContentLength(page.bytes().length);
    response.getOutputStream().write(page.bytes());
  }

  /** Where an address of the script-built storefront lives now, or null. */
  static String oldAddress(String path, HttpServletRequest request) {
    String slug = request.getParameter("slug");
    return switch (path) {
      case "/index.html" -> "/";
      case "/product.html" -> slug == null ? "/" : "/san-pham/" + encode(slug);
      case "/shop.html" -> slug == null ? "/" : "/xuong/" + encode(slug);
      case "/village.html" -> slug == null ? "/#lang-nghe" : "/lang-nghe/" + encode(slug);
      case "/search.html" -> "/tim-kiem" + query(request);
      default -> null;
    };
  }

  /**
   * {@code /ngon-ngu?lang=en&next=/en/san-pham/x}: remembers the choice for a year and goes to
   * {@code next}, a path of this site (anything else goes home).
   */
  private static void switchLanguage(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Lang lang = Lang.ofCode(request.getParameter("lang"));
    if (lang == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String next = request.getParameter("next");
    // a path of this site, sent as ASCII: the server writes a header's characters as single bytes,
    // so an unencoded "į" would become "/" and "č" a line break
    if (next == null || !next.startsWith("/") || next.startsWith("//")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
      next = lang.path("/");
    }
    next = asciiOnly(next);
    response.addCookie(languageCookie(lang, request));
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", next);
  }

  /** The remembered language: a year, for the whole site, sent on links from other sites too. */
  private static Cookie languageCookie(Lang lang, HttpServletRequest request) {
    Cookie cookie = new Cookie(LANG_COOKIE, lang.code);
    cookie.setPath("/");
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(request.isSecure());
    return cookie;
  }

  /**
   * A Location value as plain ASCII: anything else percent-encoded as UTF-8, so no character of a
   * request can turn into a byte that means something else in the header.
   */
  static String asciiOnly(String location) {
    StringBuilder safe = new StringBuilder(location.length());
    for (byte b : location.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f) {
        safe.append((char) c);
      } else {
        safe.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return safe.toString();
  }

  /**
   * English for a first visit (no language chosen yet) from a browser whose first language is
   * not Vietnamese but which reads English; null otherwise (crawlers send no Accept-Language).
   */
  static Lang firstVisitLanguage(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (LANG_COOKIE.equals(cookie.getName())) {
          return null;
        }
      }
    }
    String accepted = request.getHeader("Accept-Language");
    if (accepted == null || accepted.isBlank()) {
      return null;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accepted);
      if (ranges.isEmpty()) {
        return null;
      }
      String first = ranges.get(0).getRange().toLowerCase(Locale.ROOT);
      return first.startsWith("en") ? Lang.EN : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String baseUrl() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private String absolute(String url) {
    return url.startsWith("http") ? url : baseUrl() + url;
  }

  private static String query(HttpServletRequest request) {
    return request.getQueryString() == null ? "" : "?" + request.getQueryString();
  }

  private static String encode(String slug) {
    return URLEncoder.encode(slug, StandardCharsets.UTF_8);
  }
}
