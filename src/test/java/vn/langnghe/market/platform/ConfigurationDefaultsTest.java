package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What a production deployment gets when it configures nothing. */
class ConfigurationDefaultsTest {

  @Test
  void productionDefaultsLoadNoDemoDataAndHashPasswordsStrongly() throws IOException {
    Properties defaults = defaults();
    assertThat(defaults.getProperty("market.demo.enabled")).isEqualTo("false");
    assertThat(Integer.parseInt(defaults.getProperty("market.auth.pbkdf2-iterations"))).isGreaterThanOrEqualTo(600_000);
  }

  @Test
  void theLedgerTakesFivePercentCommissionAndWithholdsTheDecree117RatesOnGoods() throws IOException {
    Properties defaults = defaults();
    assertThat(defaults.getProperty("market.ledger.commission-basis-points")).isEqualTo("500");
    assertThat(defaults.getProperty("market.ledger.vat-withholding-basis-points")).isEqualTo("100");
    assertThat(defaults.getProperty("market.ledger.pit-withholding-basis-points")).isEqualTo("50");
  }

  @Test
  void aDeliveredOrderCompletesByItselfThreeDaysAfterItsLastDelivery() throws IOException {
    assertThat(defaults().getProperty("market.orders.auto-complete-after")).isEqualTo("P3D");
  }

  @Test
  void aReviewIsEditableForThirtyDaysAndRankingStartsEveryProductAtThreeAndAHalfStars() throws IOException {
    Properties defaults = defaults();
    assertThat(defaults.getProperty("market.reviews.edit-window")).isEqualTo("P30D");
    assertThat(defaults.getProperty("market.reviews.prior-weight")).isEqualTo("5");
    assertThat(defaults.getProperty("market.reviews.prior-stars")).isEqualTo("3.5");
  }

  @Test
  void listingReportsAreDecidedWithinTheLawsTwentyFourHoursAndTheOperatorHasAContact() throws IOException {
    Properties defaults = defaults();
    assertThat(defaults.getProperty("market.listings.decision-within")).isEqualTo("PT24H");
    assertThat(defaults.getProperty("market.rate-limit.listing-report")).isNotBlank();
    assertThat(defaults.getProperty("market.operator.name")).isEqualTo("Công ty TNHH Làng Nghề Market");
    assertThat(defaults.getProperty("market.operator.phone")).isNotBlank();
    assertThat(defaults.getProperty("market.operator.email")).contains("@");
    assertThat(defaults.getProperty("market.operator.registration"))
        .as("no made-up registration number by default").isNull();
    assertThat(defaults.getProperty("market.operator.representative")).as("no invented representative").isNull();
    assertThat(defaults.getProperty("market.operator.registration-url")).as("no invented record").isNull();
  }

  @Test
  void gaugesThatReadTheDatabaseAreSampledEveryFifteenSeconds() throws IOException {
    assertThat(defaults().getProperty("market.metrics.sample-interval")).isEqualTo("PT15S");
  }

  private Properties defaults() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return defaults;
  }

  @Test
  void anOcopCertificatesArtisanIsToldAMonthBeforeItsLastDayAndTheSweepRunsHourly() throws IOException {
    Properties defaults = defaults();
    assertThat(defaults.getProperty("market.ocop.remind-before")).isEqualTo("P1M");
    assertThat(defaults.getProperty("market.ocop.sweep-every")).isEqualTo("PT1H");
  }
}
