package vn.langnghe.market.storefront;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.Catalog;
import vn.langnghe.market.places.Places;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.Shops;

/**
 * What crawlers are told: {@code /robots.txt} (everything but the API and the accounts' pages,
 * and where the sitemap is) and the sitemaps (sitemaps.org 0.9 with hreflang alternates): an index,
 * and parts for the products a shopper can buy now (as many parts as needed, of at most
 * {@value #PER_PART} addresses), the shops and the craft villages. They are built from the
 * catalogue on each request, so a sale that empties a product's stock or an edit shows at once.
 * Written with StAX, never by joining strings.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemaps/*", "/robots.txt"})
public class Sitemaps extends HttpServlet {

  /** Addresses per product part, two per product (vi, en): well under the protocol's 50,000. */
  static final int PER_PART = 10_000;
  private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final Pattern PRODUCT_PART = Pattern.compile("/sitemaps/san-pham-(\\d{1,6})\\.xml");
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  @Inject Catalog catalog;
  @Inject Shops shops;
  @Inject Places places;

  @Inject
  @ConfigProperty(name = "market.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("/robots.txt".equals(path)) {
      text(response, robots());
      return;
    }
    try {
      byte[] xml;
      Matcher product = PRODUCT_PART.matcher(path);
      if ("/sitemap.xml".equals(path)) {
        xml = index();
      } else if (product.matches()) {
        int part = Integer.parseInt(product.group(1));
        if (part < 1 || (part - 1L) * PER_PART >= Math.max(1, catalog.inStockCount())) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        xml = products(part);
      } else if ("/sitemaps/cua-hang.xml".equals(path)) {
        xml = urls(writer -> {
          for (var shop : shops.withStatus(Shop.Status.APPROVED)) {
            url(writer, "/xuong/" + shop.slug(), shop.approvedAt());
          }
        });
      } else if ("/sitemaps/lang-nghe.xml".equals(path)) {
        xml = urls(writer -> {
          url(writer, "/", catalog.inStockLastChange());
          for (var village : places.villages()) {
            url(writer, "/lang-nghe/" + village.slug(), null);
          }
        });
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      StorefrontPages.send(PageCache.Rendered.of(xml), "application/xml;charset=UTF-8", request, response);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private String robots() {
    return String.join("\n",
        "User-agent: *",
        // the pictures pages, previews and JSON-LD show live under the API's address
        "Allow: /api/media/",
        "Disallow: /api/",
        "Disallow: /ngon-ngu",
        "Disallow: /cart.html",
        "Disallow: /checkout.html",
        "Disallow: /login.html",
        "Disallow: /orders.html",
        "Disallow: /order.html",
        "Allow: /",
        "",
        "Sitemap: " + base() + "/sitemap.xml",
        "");
  }

  private byte[] index() throws XMLStreamException {
    long products = catalog.inStockCount();
    Instant latest = catalog.inStockLastChange();
    long parts = Math.max(1, (products + PER_PART - 1) / PER_PART);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter writer = XML.createXMLStreamWriter(out, "UTF-8");
    writer.writeStartDocument("UTF-8", "1.0");
    writer.writeStartElement("sitemapindex");
    writer.writeDefaultNamespace(SITEMAP_NS);
    for (long part = 1; part <= parts; part++) {
      indexEntry(writer, "/sitemaps/san-pham-" + part + ".xml", latest);
    }
    indexEntry(writer, "/sitemaps/cua-hang.xml", null);
    indexEntry(writer, "/sitemaps/lang-nghe.xml", latest);
    writer.writeEndElement();
    writer.writeEndDocument();
    writer.close();
    return out.toByteArray();
  }

  private void indexEntry(XMLStreamWriter writer, String path, Instant lastmod) throws XMLStreamException {
    writer.writeStartElement("sitemap");
    element(writer, "loc", base() + path);
    if (lastmod != null) {
      element(writer, "lastmod", lastmod.truncatedTo(ChronoUnit.SECONDS).toString());
    }
    writer.writeEndElement();
  }

  private byte[] products(int part) throws XMLStreamException {
    List<Catalog.Listed> listed = catalog.inStock((part - 1) * PER_PART, PER_PART);
    return urls(writer -> {
      for (Catalog.Listed product : listed) {
        url(writer, "/san-pham/" + product.slug(), product.updatedAt());
      }
    });
  }

  private interface Body {
    void write(XMLStreamWriter writer) throws XMLStreamException;
  }

  private byte[] urls(Body body) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter writer = XML.createXMLStreamWriter(out, "UTF-8");
    writer.writeStartDocument("UTF-8", "1.0");
    writer.writeStartElement("urlset");
    writer.writeDefaultNamespace(SITEMAP_NS);
    writer.writeNamespace("xhtml", XHTML_NS);
    body.write(writer);
    writer.writeEndElement();
    writer.writeEndDocument();
    writer.close();
    return out.toByteArray();
  }

  /** The page in both languages, each naming the other as its alternate. */
  private void url(XMLStreamWriter writer, String path, Instant lastmod) throws XMLStreamException {
    for (Lang lang : Lang.values()) {
      writer.writeStartElement("url");
      element(writer, "loc", base() + lang.path(path));
      if (lastmod != null) {
        element(writer, "lastmod", lastmod.truncatedTo(ChronoUnit.SECONDS).toString());
      }
      for (Lang alternate : Lang.values()) {
        writer.writeEmptyElement("xhtml", "link", XHTML_NS);
        writer.writeAttribute("rel", "alternate");
        writer.writeAttribute("hreflang", alternate.code);
        writer.writeAttribute("href", base() + alternate.path(path));
      }
      writer.writeEndElement();
    }
  }

  private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
    writer.writeStartElement(name);
    writer.writeCharacters(text);
    writer.writeEndElement();
  }

  private static void text(HttpServletResponse response, String body) throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
