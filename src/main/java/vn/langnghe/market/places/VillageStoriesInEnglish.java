package vn.langnghe.market.places;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.Context;
import vn.langnghe.market.platform.VietnameseText;

/**
 * The village stories in English, for the storefront's English pages: the sourced facts of
 * craft-villages.csv ({@code known_facts}), which version 2 first loaded as the story and V10 then
 * retold in Vietnamese.
 */
@Dependent
public class VillageStoriesInEnglish extends ReferenceDataMigration {

  public VillageStoriesInEnglish() {
    super("29", "village stories in English");
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    try (Statement alter = db.createStatement()) {
      alter.execute("ALTER TABLE craft_village ADD COLUMN story_en TEXT NULL AFTER story");
    }
    try (PreparedStatement update = db.prepareStatement("UPDATE craft_village SET story_en = ? WHERE slug = ?")) {
      for (CSVRecord village : read("/places/craft-villages.csv")) {
        update.setString(1, VietnameseText.clean(village.get("known_facts")));
        update.setString(2, village.get("slug"));
        update.executeUpdate();
      }
    }
  }
}
