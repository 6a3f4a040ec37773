package vn.langnghe.market.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateDetailsTest {

  @Test
  void phoneNumbersAndEmailAddressesTypedInAreHidden() {
    assertThat(PrivateDetails.hidden("Gọi 0912 345 678 nhé")).isEqualTo("Gọi [đã ẩn] nhé");
    assertThat(PrivateDetails.hidden("zalo +84 912.345.678")).isEqualTo("zalo [đã ẩn]");
    assertThat(PrivateDetails.hidden("(024) 3825 1234")).doesNotContain("3825");
    assertThat(PrivateDetails.hidden("mail hoa.nguyen@gmail.com ạ")).isEqualTo("mail [đã ẩn] ạ");
  }

  @Test
  void ordinaryNumbersStay() {
    assertThat(PrivateDetails.hidden("Nhẫn cỡ 16, giá 1.250.000 ₫, đơn LN261126-7349QXAB"))
        .isEqualTo("Nhẫn cỡ 16, giá 1.250.000 ₫, đơn LN261126-7349QXAB");
  }

  @Test
  void theUsualResponseTimeIsTheMedianOfTheAnsweredAndTheShareAnswered() {
    var time = ResponseTimes.summary(List.of(Duration.ofMinutes(10), Duration.ofMinutes(90),
        Duration.ofMinutes(30)), 4);
    assertThat(time.medianMinutes()).isEqualTo(30);
    assertThat(time.answeredShare()).isEqualTo(0.75);
    assertThat(ResponseTimes.summary(List.of(Duration.ofMinutes(10), Duration.ofMinutes(20)), 2).medianMinutes())
        .isEqualTo(15);
    assertThat(ResponseTimes.summary(List.of(), 3).medianMinutes()).isNull();
    assertThat(ResponseTimes.summary(List.of(), 0)).isNull();
  }

  @Test
  void aTextOfTheLongestAllowedLengthStillFitsItsColumnOnceContactsAreHidden() {
    // "a@b.c" (5) becomes "[đã ẩn]" (7): 333 of them in 1998 characters would be 2664
    String longest = "a@b.c ".repeat(333);
    String stored = Conversations.clean(longest, "text", Conversations.TEXT_MAX);
    assertThat(stored).hasSizeLessThanOrEqualTo(Conversations.TEXT_MAX).startsWith(PrivateDetails.HIDDEN);
    assertThat(Conversations.clean("a@b.c ".repeat(166), "text", Conversations.QUESTION_MAX))
        .hasSizeLessThanOrEqualTo(Conversations.QUESTION_MAX);
  }
}
