package vn.langnghe.market.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langnghe.market.devenv.IntegrationEnvironment;

/**
 * Base of the black-box integration tests: the war exactly as the build made it, deployed on the
 * provisioned WildFly against the real database; the tests talk HTTP to it like any client.
 */
@ExtendWith(IntegrationEnvironment.class)
@ExtendWith(ArquillianExtension.class)
public abstract class MarketIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    File war = new File(System.getProperty("market.war", "target/market.war"));
    return ShrinkWrap.create(ZipImporter.class, "market.war").importFrom(war).as(WebArchive.class);
  }

  protected static final Api api = new Api(TestSite.base());

  /** Waits up to 20 s for what a background job (refunds, mail) does after the request returned. */
  protected static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited for " + what).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
