package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0912 345 678      | +84912345678",
      "0912.345.678      | +84912345678",
      "0912-345-678      | +84912345678",
      "0912345678        | +84912345678",
      "+84 912 345 678   | +84912345678",
      "+84912345678      | +84912345678",
      "84912345678       | +84912345678",
      "0389 123 456      | +84389123456",
      "(024) 3825 1234   | +842438251234",
      "024 3825 1234     | +842438251234",
      "+84 24 3825 1234  | +842438251234",
      "(0227) 383 1234   | +842273831234"})
  void everyUsualFormIsStoredInE164(String written, String stored) {
    assertThat(PhoneNumbers.vietnamese(written)).contains(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "12345", "0912 345 67", "0912 345 6789 0", "+1 650 253 0000",
      "+33 1 23 45 67 89", "abc", "0012 345 678", "091234567812345678901234567890123"})
  void whatIsNotAVietnameseNumberIsRefused(String written) {
    assertThat(PhoneNumbers.vietnamese(written)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aRefusalNamesTheField() {
    assertThatThrownBy(() -> PhoneNumbers.vietnamese("12", "shippingAddress.phone"))
        .isInstanceOfSatisfying(Problems.InvalidInputException.class,
            e -> assertThat(e.toProblem().errors()).extracting(Problem.FieldError::field)
                .containsExactly("shippingAddress.phone"));
  }
}
