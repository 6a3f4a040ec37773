package vn.langnghe.market.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;

class TaxIdTest {

  /** Tax codes with their check digit, as python-stdnum's own examples give them. */
  @ParameterizedTest
  @ValueSource(strings = {"0100233488", "0314409058", "0100112437", "0312687878"})
  void aTenDigitTaxCodeWithItsCheckDigitIsTaken(String code) {
    assertThat(TaxId.normalised(code)).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0100233480", "0100233487", "0314409059", "0100112473"})
  void aMistypedTaxCodeFailsItsCheckDigit(String code) {
    assertThatThrownBy(() -> TaxId.normalised(code))
        .isInstanceOf(Problems.InvalidInputException.class)
        .hasFieldOrPropertyWithValue("errors", List.of(new Problem.FieldError("taxId",
            "the tax code's check digit (the 10th) does not match: a digit mistyped?")));
  }

  @Test
  void firstNineDigitsWhoseSumLeavesNoRemainderHaveNoValidCheckDigit() {
    // 29·1 + 9·(19 + 17 + 13 + 7 + 5 + 3) = 605 = 55·11: the check would be 10, no digit
    assertThat(TaxId.checkDigit("010999999")).isEqualTo(-1);
    for (int last = 0; last <= 9; last++) {
      String code = "010999999" + last;
      assertThatThrownBy(() -> TaxId.normalised(code)).isInstanceOf(Problems.InvalidInputException.class);
    }
  }

  @Test
  void aBranchIsTheTaxCodeADashAndThreeDigits() {
    assertThat(TaxId.normalised("0314409058-002")).isEqualTo("0314409058-002");
    assertThat(TaxId.normalised("0314409058002")).isEqualTo("0314409058-002");
    assertThat(TaxId.normalised(" 0314 409 058 - 002 ")).isEqualTo("0314409058-002");
    assertThatThrownBy(() -> TaxId.normalised("0314409058-000"))
        .isInstanceOf(Problems.InvalidInputException.class);
    assertThatThrownBy(() -> TaxId.normalised("0314409059-002"))
        .as("the branch's parent code is checked too")
        .isInstanceOf(Problems.InvalidInputException.class);
  }

  @Test
  void aCitizenIdStartsWithARealProvinceCode() {
    assertThat(TaxId.normalised("001090012345")).as("Hà Nội, born 1990").isEqualTo("001090012345");
    assertThat(TaxId.normalised("096 185 000 123")).as("Cà Mau, any century digit").isEqualTo("096185000123");
    assertThat(TaxId.normalised("034.3.05.000777")).as("Thái Bình").isEqualTo("034305000777");
    for (String nobody : new String[] {"000090012345", "003090012345", "097090012345", "999090012345"}) {
      assertThatThrownBy(() -> TaxId.normalised(nobody)).as(nobody)
          .isInstanceOf(Problems.InvalidInputException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "01002334881", "0010900123456", "00109001234a", "0100233488-02",
      "A100233488"})
  void otherShapesAreRefused(String typed) {
    assertThatThrownBy(() -> TaxId.normalised(typed)).isInstanceOf(Problems.InvalidInputException.class);
  }

  @Test
  void blankIsNoTaxId() {
    assertThat(TaxId.normalised(null)).isNull();
    assertThat(TaxId.normalised("  ")).isNull();
  }

  @Test
  void aTaxCodeWithoutASequenceNumberIsRefused() {
    // 01 0000000 with its computed check digit is still nobody's code
    int check = TaxId.checkDigit("010000000");
    assertThat(check).isBetween(0, 9);
    assertThatThrownBy(() -> TaxId.normalised("010000000" + check))
        .isInstanceOf(Problems.InvalidInputException.class);
  }
}
