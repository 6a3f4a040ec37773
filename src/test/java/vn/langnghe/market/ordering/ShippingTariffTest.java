package vn.langnghe.market.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.ordering.ParcelRates.Parcel;
import vn.langnghe.market.ordering.ParcelRates.Rate;
import vn.langnghe.market.ordering.ShippingTariff.Zone;
import vn.langnghe.market.places.Region;

class ShippingTariffTest {

  final ShippingTariff.Rates rates = new ShippingTariff.Rates(15_000, 22_000, 32_000, 45_000, 500, 5_000);

  @Test
  void theBaseFeeCoversTheFirstHalfKiloAndEveryFurtherHalfKiloOrPartCostsMore() {
    assertThat(rates.fee(Zone.SAME_COMMUNE, 50)).isEqualTo(15_000);
    assertThat(rates.fee(Zone.SAME_COMMUNE, 500)).isEqualTo(15_000);
    assertThat(rates.fee(Zone.SAME_COMMUNE, 501)).isEqualTo(20_000);
    assertThat(rates.fee(Zone.SAME_PROVINCE, 1_000)).isEqualTo(27_000);
    assertThat(rates.fee(Zone.OTHER_PROVINCE, 2_100)).isEqualTo(32_000 + 4 * 5_000);
    assertThat(rates.fee(Zone.OTHER_REGION, 2_100)).isEqualTo(45_000 + 4 * 5_000);
  }

  @Test
  void theZoneComesFromTheShopsCommuneAndTheDestination() {
    // Đồng Xâm (Trà Giang, Hưng Yên) to Trà Giang, to Lê Lợi (Hưng Yên)
    assertThat(ShippingTariff.zone("13093", "33", "13093", "33")).isEqualTo(Zone.SAME_COMMUNE);
    assertThat(ShippingTariff.zone("13093", "33", "13120", "33")).isEqualTo(Zone.SAME_PROVINCE);
    // to Phường Ba Đình (Hà Nội): the same region; to Phường Bến Thành (TP.HCM): the far south
    assertThat(ShippingTariff.zone("13093", "33", "00004", "01")).isEqualTo(Zone.OTHER_PROVINCE);
    assertThat(ShippingTariff.zone("13093", "33", "26743", "79")).isEqualTo(Zone.OTHER_REGION);
    // to Đà Nẵng (48): the centre is another region too; Cần Thơ (92) to TP.HCM is the south
    assertThat(ShippingTariff.zone("13093", "33", "20194", "48")).isEqualTo(Zone.OTHER_REGION);
    assertThat(ShippingTariff.zone("31135", "92", "26743", "79")).isEqualTo(Zone.OTHER_PROVINCE);
    assertThat(ShippingTariff.zone(null, null, "13093", "33"))
        .as("a shop without a village pays the dearest zone").isEqualTo(Zone.OTHER_REGION);
  }

  @Test
  void regionsFollowTheOfficialProvinceCodesFromNorthToSouth() {
    assertThat(Region.of("01")).isEqualTo(Region.NORTH);
    assertThat(Region.of("37")).isEqualTo(Region.NORTH);
    assertThat(Region.of("38")).isEqualTo(Region.CENTRE);
    assertThat(Region.of("68")).isEqualTo(Region.CENTRE);
    assertThat(Region.of("75")).isEqualTo(Region.SOUTH);
    assertThat(Region.of("96")).isEqualTo(Region.SOUTH);
    assertThat(Region.of(null)).isNull();
  }

  @Test
  void theFurtherAndHeavierTheParcelTheDearerAndSlower() {
    ShippingTariff tariff = new ShippingTariff(15_000, 22_000, 32_000, 45_000, 500, 5_000, 1, 2, 3, 5);
    assertThat(tariff.fee(Zone.OTHER_REGION, 400)).isGreaterThan(tariff.fee(Zone.OTHER_PROVINCE, 400));
    assertThat(tariff.fee(Zone.OTHER_PROVINCE, 1_400)).isGreaterThan(tariff.fee(Zone.OTHER_PROVINCE, 400));
    assertThat(tariff.etaDays(Zone.SAME_COMMUNE)).isEqualTo(1);
    assertThat(tariff.etaDays(Zone.OTHER_REGION)).isEqualTo(5);
  }

  final Parcel parcel = new Parcel("13093", "00004", 800, 1_250_000);
  final Rate tariffRate = new Rate(37_000, ShippingTariff.LABEL, 3, true);

  @Test
  void aCarriersPriceComesFirst() {
    Rate carrier = new Rate(31_500, "Giao Hàng Nhanh", 2, false);
    ParcelRates.Carrier ghn = p -> Optional.of(carrier);
    assertThat(ParcelRates.firstRate(List.of(ghn), parcel, () -> tariffRate)).isEqualTo(carrier);
  }

  @Test
  void aCarrierThatCannotBeReachedOrHasNoPriceLeavesTheLabelledTariff() {
    ParcelRates.Carrier down = p -> {
      throw new IllegalStateException("connection refused");
    };
    ParcelRates.Carrier noService = p -> Optional.empty();
    Rate rate = ParcelRates.firstRate(List.of(down, noService), parcel, () -> tariffRate);
    assertThat(rate.fromTariff()).isTrue();
    assertThat(rate.carrier()).isEqualTo("Biểu phí Làng Nghề Market");
    assertThat(ParcelRates.firstRate(List.of(), parcel, () -> tariffRate)).isEqualTo(tariffRate);
  }
}
