package vn.langnghe.market.ocop;

import java.time.LocalDate;
import java.time.Period;
import vn.langnghe.market.platform.Problems;

/**
 * The dates and stars a certificate may carry. The OCOP programme (Decision 148/QĐ-TTg of 2023,
 * before it 1048/QĐ-TTg of 2019) scores products into 1 to 5 stars, but only products of 3 stars
 * and above are recognised as OCOP products and given a certificate (3 and 4 stars by the
 * provincial People's Committee, 5 stars centrally); a certificate is valid for 36 months from its
 * date of issue.
 */
public final class OcopRules {

  public static final int MIN_STARS = 3;
  public static final int MAX_STARS = 5;
  public static final Period VALIDITY = Period.ofMonths(36);

  private OcopRules() {}

  /** Refuses, naming the field, a submission no officer could verify on {@code today}. */
  public static void checkSubmission(Integer stars, String number, String issuer, LocalDate issuedOn,
      LocalDate expiresOn, LocalDate today) {
    if (stars == null) {
      throw new Problems.InvalidInputException("stars", "is required");
    }
    if (stars < MIN_STARS || stars > MAX_STARS) {
      throw new Problems.InvalidInputException("stars",
          "OCOP certificates are given to 3, 4 or 5 stars only");
    }
    if (number == null || number.isBlank()) {
      throw new Problems.InvalidInputException("number", "is required: the certificate or decision number");
    }
    if (issuer == null || issuer.isBlank()) {
      throw new Problems.InvalidInputException("issuer", "is required: who issued the certificate");
    }
    if (issuedOn == null) {
      throw new Problems.InvalidInputException("issuedOn", "is required");
    }
    if (issuedOn.isAfter(today)) {
      throw new Problems.InvalidInputException("issuedOn", "is in the future");
    }
    if (expiresOn == null) {
      throw new Problems.InvalidInputException("expiresOn", "is required");
    }
    if (!expiresOn.isAfter(issuedOn)) {
      throw new Problems.InvalidInputException("expiresOn", "must be after issuedOn");
    }
    if (expiresOn.isAfter(issuedOn.plus(VALIDITY))) {
      throw new Problems.InvalidInputException("expiresOn",
          "an OCOP certificate is valid for at most 36 months after issuedOn");
    }
    if (!isValidOn(expiresOn, today)) {
      throw new Problems.InvalidInputException("expiresOn", "the certificate has expired");
    }
  }

  /** A certificate counts through its last day ({@code expiresOn}) included. */
  public static boolean isValidOn(LocalDate expiresOn, LocalDate day) {
    return expiresOn != null && !expiresOn.isBefore(day);
  }

  /** Whether the artisan is to be told on {@code today} that the certificate runs out soon. */
  public static boolean dueForReminder(LocalDate expiresOn, LocalDate today, Period lead) {
    return isValidOn(expiresOn, today) && !expiresOn.minus(lead).isAfter(today);
  }
}
