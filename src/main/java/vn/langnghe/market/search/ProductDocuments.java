package vn.langnghe.market.search;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrInputDocument;
import vn.langnghe.market.catalog.Category;
import vn.langnghe.market.catalog.Product;
import vn.langnghe.market.catalog.ProductImage;
import vn.langnghe.market.catalog.Variant;
import vn.langnghe.market.media.ImageRendition;
import vn.langnghe.market.media.Images;
import vn.langnghe.market.places.CraftVillage;
import vn.langnghe.market.reviews.Ratings;

/** How a product on sale looks to Solr (see config/solr/configsets/market/conf/schema.xml). */
final class ProductDocuments {

  private static final Pattern TAGS = Pattern.compile("<[^>]*>");

  private ProductDocuments() {}

  /** {@code ranked} null: no shown review yet (no rating fields; sorts last by rating). */
  static SolrInputDocument of(Product p, Ratings.Ranked ranked) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", Long.toString(p.id()));
    doc.addField("slug", p.slug());
    doc.addField("title", p.title());
    if (p.description() != null) {
      // the description was sanitised on the way in; only its words matter here
      doc.addField("description", TAGS.matcher(p.description()).replaceAll(" "));
    }
    doc.addField("shop_name", p.shop().name());
    doc.addField("shop_slug", p.shop().slug());
    CraftVillage village = p.village() != null ? p.village() : p.shop().village();
    if (village != null) {
      doc.addField("village_name", village.name());
      doc.addField("village_slug", village.slug());
      doc.addField("craft", village.craft());
      doc.addField("craft_en", village.craftEn());
      doc.addField("commune_code", village.commune().code());
      doc.addField("commune_name", village.commune().name());
      if (village.formerCommune() != null) {
        doc.addField("former_commune_code", village.formerCommune().code());
      }
    }
    Category category = p.category();
    if (category != null) {
      doc.addField("category_slug", category.slug());
      List<String> path = new ArrayList<>();
      for (Category c = category; c != null; c = c.parent()) {
        path.add(c.slug());
      }
      doc.addField("category_path", path);
    }
    if (p.material() != null) {
      doc.addField("material", p.material());
    }
    p.lowestPriceVnd().ifPresent(price -> doc.addField("price_vnd", price));
    doc.addField("ocop_stars", p.ocopStars());
    doc.addField("in_stock", p.liveVariants().stream().mapToInt(Variant::available).sum() > 0);
    doc.addField("created_at", Date.from(p.createdAt()));
    if (ranked != null) {
      doc.addField("rating_average", ranked.rating().average());
      doc.addField("rating_count", ranked.rating().count());
      doc.addField("rating_score", ranked.score());
    }
    if (!p.images().isEmpty()) {
      ProductImage card = p.images().get(0);
      doc.addField("image_url", Images.url(card.imageKey(), ImageRendition.Size.THUMB));
      doc.addField("image_key", card.imageKey());
      if (card.width() > 0) {
        doc.addField("image_width", card.width());
        doc.addField("image_height", card.height());
      }
    }
    return doc;
  }
}
