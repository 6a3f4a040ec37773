package vn.langnghe.market.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;

class OcopRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final LocalDate ISSUED = LocalDate.of(2025, 3, 15);

  private static void check(Integer stars, String number, String issuer, LocalDate issued, LocalDate expires) {
    OcopRules.checkSubmission(stars, number, issuer, issued, expires, TODAY);
  }

  private static void refused(String field, Runnable submission) {
    assertThatThrownBy(submission::run)
        .isInstanceOfSatisfying(Problems.InvalidInputException.class, e -> assertThat(
            e.toProblem().errors()).extracting(Problem.FieldError::field).containsExactly(field));
  }

  @Test
  void onlyThreeToFiveStarsAreCertified() {
    LocalDate expires = ISSUED.plusMonths(36).minusDays(1);
    for (int stars : new int[] {3, 4, 5}) {
      assertThatCode(() -> check(stars, "12/QĐ-UBND", "UBND tỉnh Thái Bình", ISSUED, expires))
          .doesNotThrowAnyException();
    }
    for (int stars : new int[] {0, 1, 2, 6}) {
      refused("stars", () -> check(stars, "12/QĐ-UBND", "UBND tỉnh Thái Bình", ISSUED, expires));
    }
    refused("stars", () -> check(null, "12/QĐ-UBND", "UBND tỉnh Thái Bình", ISSUED, expires));
  }

  @Test
  void aCertificateLastsAtMostThirtySixMonthsAfterItsIssueAndEndsAfterIt() {
    assertThatCode(() -> check(4, "12", "UBND", ISSUED, ISSUED.plusMonths(36)))
        .doesNotThrowAnyException();
    refused("expiresOn", () -> check(4, "12", "UBND", ISSUED, ISSUED.plusMonths(36).plusDays(1)));
    refused("expiresOn", () -> check(4, "12", "UBND", ISSUED, ISSUED));
    refused("expiresOn", () -> check(4, "12", "UBND", ISSUED, ISSUED.minusDays(1)));
    refused("expiresOn", () -> check(4, "12", "UBND", ISSUED, null));
  }

  @Test
  void anExpiredOrNotYetIssuedCertificateIsRefused() {
    LocalDate longAgo = TODAY.minusMonths(40);
    refused("expiresOn", () -> check(4, "12", "UBND", longAgo, TODAY.minusDays(1)));
    assertThatCode(() -> check(4, "12", "UBND", TODAY.minusMonths(35), TODAY))
        .as("the last day itself still counts").doesNotThrowAnyException();
    refused("issuedOn", () -> check(4, "12", "UBND", TODAY.plusDays(1), TODAY.plusMonths(20)));
    refused("issuedOn", () -> check(4, "12", "UBND", null, TODAY.plusMonths(20)));
  }

  @Test
  void theNumberAndTheIssuerAreRequired() {
    LocalDate expires = ISSUED.plusMonths(36).minusDays(1);
    refused("number", () -> check(4, " ", "UBND", ISSUED, expires));
    refused("number", () -> check(4, null, "UBND", ISSUED, expires));
    refused("issuer", () -> check(4, "12", "", ISSUED, expires));
  }

  @Test
  void aCertificateCountsThroughItsLastDay() {
    assertThat(OcopRules.isValidOn(TODAY, TODAY)).isTrue();
    assertThat(OcopRules.isValidOn(TODAY.minusDays(1), TODAY)).isFalse();
    assertThat(OcopRules.isValidOn(null, TODAY)).isFalse();
  }

  @Test
  void theArtisanIsRemindedFromAMonthBeforeTheLastDayUntilIt() {
    Period month = Period.ofMonths(1);
    assertThat(OcopRules.dueForReminder(TODAY.plusMonths(1), TODAY, month)).isTrue();
    assertThat(OcopRules.dueForReminder(TODAY.plusDays(3), TODAY, month)).isTrue();
    assertThat(OcopRules.dueForReminder(TODAY, TODAY, month)).isTrue();
    assertThat(OcopRules.dueForReminder(TODAY.plusMonths(1).plusDays(1), TODAY, month)).isFalse();
    assertThat(OcopRules.dueForReminder(TODAY.minusDays(1), TODAY, month)).isFalse();
  }
}
