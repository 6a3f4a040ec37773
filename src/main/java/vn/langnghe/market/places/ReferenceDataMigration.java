package vn.langnghe.market.places;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration that loads reference data shipped as CSV in resources/places. No checksum:
 * the files are read at migration time, and a correction is a new version, never an edit.
 */
abstract class ReferenceDataMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;

  ReferenceDataMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  /** The rows of a CSV resource with a header line. */
  static List<CSVRecord> read(String resource) throws IOException {
    try (Reader reader = new InputStreamReader(
        ReferenceDataMigration.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
    }
  }
}
