package vn.langnghe.market.digitalhelpers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

/** The consent code's single use, lifetime and tries; the mandate's states; what can be undone. */
class ConsentRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  @Test
  void aCodeWorksOnceBeforeItExpiresAndForAFewTries() {
    ConsentCode code = new ConsentCode(1, "right", NOW, NOW.plus(Duration.ofMinutes(15)));
    assertThat(code.refusal(NOW, 5)).isNull();
    assertThat(code.tryHash("wrong", NOW)).isFalse();
    assertThat(code.tryHash("right", NOW)).isTrue();
    assertThat(code.refusal(NOW, 5)).contains("đã được dùng");

    ConsentCode late = new ConsentCode(1, "right", NOW, NOW.plus(Duration.ofMinutes(15)));
    assertThat(late.refusal(NOW.plus(Duration.ofMinutes(15)), 5)).contains("hết hạn");

    ConsentCode guessed = new ConsentCode(1, "right", NOW, NOW.plus(Duration.ofMinutes(15)));
    for (int i = 0; i < 5; i++) {
      guessed.tryHash("wrong", NOW);
    }
    assertThat(guessed.refusal(NOW, 5)).contains("quá nhiều");
  }

  @Test
  void theHashIsBoundToTheMandate() {
    assertThat(DigitalHelpers.hash(1, "123456")).isNotEqualTo(DigitalHelpers.hash(2, "123456"));
  }

  @Test
  void aMandateCountsOnlyOnceConsentedAndUntilHandedOver() {
    Mandate mandate = new Mandate(7, 8, "13093", NOW);
    assertThat(mandate.state()).isEqualTo(Mandate.State.AWAITING_CONSENT);
    assertThat(mandate.active()).isFalse();
    mandate.consent(Mandate.Consent.CODE, NOW);
    assertThat(mandate.active()).isTrue();
    assertThatThrownBy(() -> mandate.consent(Mandate.Consent.CODE, NOW))
        .isInstanceOf(Problems.ConflictException.class);
    assertThat(mandate.handOver(8, NOW)).isTrue();
    assertThat(mandate.handOver(7, NOW)).as("ending an ended mandate changes nothing").isFalse();
    assertThat(mandate.state()).isEqualTo(Mandate.State.HANDED_OVER);
    assertThat(mandate.handedOverBy()).isEqualTo(8);
  }

  @Test
  void whatCannotBeUndoneSaysWhyAndNothingIsUndoneTwice() {
    HelperAction shipped = new HelperAction(7, 8, HelperAction.Kind.SHIPMENT_BOOKED, 3L, "ship",
        "Gửi hàng", null, NOW);
    assertThatThrownBy(() -> shipped.undo(NOW)).isInstanceOf(Problems.RefusedException.class)
        .hasMessageContaining("Không hoàn tác được");
    HelperAction listed = new HelperAction(7, 8, HelperAction.Kind.PRODUCT_CREATED, 3L, null,
        "Đăng sản phẩm", null, NOW);
    listed.undo(NOW);
    assertThat(listed.undoneAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> listed.undo(NOW)).isInstanceOf(Problems.ConflictException.class);
  }
}
