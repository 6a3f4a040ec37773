package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.langnghe.market.ordering.ShippingTariff.Zone;

class ShippingTariffTest {

  final ShippingTariff.Rates rates = new ShippingTariff.Rates(15_000, 22_000, 32_000, 500, 5_000);

  @Test
  void theBaseFeeCoversTheFirstHalfKiloAndEveryFurtherHalfKiloOrPartCostsMore() {
    assertThat(rates.fee(Zone.SAME_COMMUNE, 50)).isEqualTo(15_000);
    assertThat(rates.fee(Zone.SAME_COMMUNE, 500)).isEqualTo(15_000);
    assertThat(rates.fee(Zone.SAME_COMMUNE, 501)).isEqualTo(20_000);
    assertThat(rates.fee(Zone.SAME_PROVINCE, 1_000)).isEqualTo(27_000);
    assertThat(rates.fee(Zone.OTHER_PROVINCE, 2_100)).isEqualTo(32_000 + 4 * 5_000);
  }

  @Test
  void theZoneComesFromTheShopsCommuneAndTheDestination() {
    assertThat(ShippingTariff.zone("13093", "33", "13093", "33")).isEqualTo(Zone.SAME_COMMUNE);
    assertThat(ShippingTariff.zone("13093", "33", "13120", "33")).isEqualTo(Zone.SAME_PROVINCE);
    assertThat(ShippingTariff.zone("13093", "33", "00004", "01")).isEqualTo(Zone.OTHER_PROVINCE);
    assertThat(ShippingTariff.zone(null, null, "13093", "33"))
        .as("a shop without a village pays the dearest zone").isEqualTo(Zone.OTHER_PROVINCE);
  }
}
