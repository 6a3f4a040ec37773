package vn.langnghe.market.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A parcel's status only moves forward, and its COD is handed over once. */
class ParcelTest {

  static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  static Parcel parcel() {
    return new Parcel(7, Parcel.GHN, new Booking(7, Parcel.GHN, "LABCD234", "LN-7", 250_000, 33_000, null, null), NOW);
  }

  @Test
  void aLateNoticeNeverMovesTheParcelBack() {
    Parcel parcel = parcel();
    assertThat(parcel.carrierStatus()).isEqualTo("ready_to_pick");
    assertThat(parcel.advance(GhnStatus.DELIVERING, NOW)).isTrue();
    assertThat(parcel.advance(GhnStatus.PICKED, NOW)).isFalse();
    assertThat(parcel.advance(GhnStatus.DELIVERING, NOW)).as("the same again").isFalse();
    assertThat(parcel.advance(GhnStatus.DELIVERED, NOW)).isTrue();
    assertThat(parcel.advance(GhnStatus.RETURNED, NOW)).as("delivered is final").isFalse();
    assertThat(parcel.carrierStatus()).isEqualTo("delivered");
  }

  @Test
  void aFailedDeliveryGoesOnToReturned() {
    Parcel parcel = parcel();
    for (GhnStatus s : new GhnStatus[] {GhnStatus.PICKING, GhnStatus.PICKED, GhnStatus.DELIVERING,
        GhnStatus.DELIVERY_FAIL, GhnStatus.WAITING_TO_RETURN, GhnStatus.RETURN, GhnStatus.RETURNED}) {
      assertThat(parcel.advance(s, NOW)).as(s.code()).isTrue();
    }
    assertThat(parcel.advance(GhnStatus.DELIVERING, NOW)).isFalse();
    assertThat(parcel.carrierStatus()).isEqualTo("returned");
  }

  @Test
  void theCodIsHandedOverOnce() {
    Parcel parcel = parcel();
    Instant first = Instant.parse("2026-12-09T02:00:00Z");
    assertThat(parcel.codTransferred(first, NOW)).isTrue();
    assertThat(parcel.codTransferred(Instant.parse("2026-12-10T02:00:00Z"), NOW)).isFalse();
    assertThat(parcel.codTransferredAt()).isEqualTo(first);
    assertThat(parcel.codVnd()).isEqualTo(250_000);
  }
}
