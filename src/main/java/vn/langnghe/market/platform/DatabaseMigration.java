package vn.langnghe.market.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the schema up to date before anything else runs: SQL migrations from db/migration, and
 * the reference-data loaders that components contribute as {@link JavaMigration} beans (listed
 * explicitly, so no class-path scanning is needed inside the server).
 */
@ApplicationScoped
public class DatabaseMigration {

  /** Observers of {@link Startup} that need the schema run after this priority. */
  public static final int SCHEMA_READY = 100;

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/MarketDS")
  DataSource dataSource;

  @Inject @Any Instance<JavaMigration> referenceData;

  void migrate(@Observes @Priority(1) Startup startup) {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .javaMigrations(referenceData.stream().toArray(JavaMigration[]::new))
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info("Database schema at version " + flyway.info().current().getVersion()
        + " (" + applied + " migrations applied now)");
  }
}
