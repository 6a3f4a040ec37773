package vn.langnghe.market.storefront;

import java.util.List;

/**
 * What a page says of itself to crawlers and link previews: title, description, the picture and
 * type of its Open Graph card, extra {@code <meta property>} pairs, and its JSON-LD.
 *
 * @param jsonLd the schema.org graph as JSON (escaped for a script block by {@link StructuredData})
 * @param index false for pages that must not be indexed (a search's results)
 */
public record Head(String title, String description, String ogType, Picture picture,
    List<Meta> meta, String jsonLd, boolean index) {

  /** An absolute picture address with its size, as link previews want it. */
  public record Picture(String url, int width, int height, String alt) {}

  /** {@code <meta property="…" content="…">}. */
  public record Meta(String property, String content) {}
}
