package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void everyUsualWayOfWritingAMobileNumberIsKeptAsPlus84() {
    for (String typed : new String[] {"0912345678", "0912 345 678", "0912.345.678", "0912-345-678",
        "+84912345678", "+84 912 345 678", "(+84) 912 345 678", "84912345678", "0084 912 345 678",
        "+84 0912 345 678"}) {
      assertThat(PhoneNumbers.vietnamese(typed)).as(typed).contains("+84912345678");
    }
  }

  @Test
  void aLandlineKeepsItsAreaCode() {
    assertThat(PhoneNumbers.vietnamese("024 3825 1234")).contains("+842438251234");
    assertThat(PhoneNumbers.vietnamese("(028) 3822 1234")).contains("+842838221234");
  }

  @Test
  void whatIsNotAVietnamesePhoneNumberIsRefused() {
    for (String typed : new String[] {"12345678901", "091234567", "09123456789012", "+1 415 555 0100",
        "00912345678", "", "0912 abc 678"}) {
      assertThat(PhoneNumbers.vietnamese(typed)).as(typed).isEmpty();
    }
    assertThat(PhoneNumbers.vietnamese(null)).isEmpty();
  }
}
