package vn.langnghe.market.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.ShopViews.IdentityRequest;

class OwnerIdentityTest {

  private static final Year THIS_YEAR = Year.of(2026);
  private final Instant now = Instant.parse("2026-12-07T03:00:00Z");

  /** Real-shape CCCD numbers: province, century/sex digit, birth year, sequence. */
  @ParameterizedTest
  @CsvSource({
      "001089012345, 1989", // Hà Nội, a man born 1989
      "079195000123, 1995", // Hồ Chí Minh City, a woman born 1995
      "034300001234, 2000", // Thái Bình, a woman born 2000
      "033211000456, 2011", // Hưng Yên, a boy born 2011: 15 in 2026, the youngest taken
      "036006123456, 1906", // Nam Định, born 1906: 120, the oldest taken
      "096 185 000 123, 1985"})
  void aCitizenIdWithItsProvinceAndAPlausibleBirthYearIsTaken(String typed, int born) {
    String id = TaxId.citizenId(typed, THIS_YEAR, "citizenId");
    assertThat(id).matches("\\d{12}");
    assertThat(TaxId.birthYear(id)).isEqualTo(born);
  }

  @ParameterizedTest
  @ValueSource(strings = {"003089012345", "000089012345", "097089012345", "999089012345"})
  void aCitizenIdWithAWrongProvinceCodeIsRefusedOnItsField(String typed) {
    assertThatThrownBy(() -> TaxId.citizenId(typed, THIS_YEAR, "citizenId"))
        .isInstanceOf(Problems.InvalidInputException.class)
        .extracting("errors").asList().singleElement()
        .extracting("field").isEqualTo("citizenId");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "001212012345", // born 2012: 14 this year
      "001226012345", // born 2026
      "001430012345", // born 2130: the century digit mistyped
      "001605012345", // born 2205
      "001890012345", // born 1890: 136
      "001905012345"}) // born 1905: 121
  void aCitizenIdWhoseBirthYearCannotBeASellersIsRefused(String typed) {
    Problems.InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
        Problems.InvalidInputException.class, () -> TaxId.citizenId(typed, THIS_YEAR, "citizenId"));
    Problem.FieldError error = refused.toProblem().errors().get(0);
    assertThat(error.field()).isEqualTo("citizenId");
    assertThat(error.message()).contains("birth year");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00108901234", "0010890123456", "00108901234a", "0100233488"})
  void aCitizenIdHasTwelveDigits(String typed) {
    assertThatThrownBy(() -> TaxId.citizenId(typed, THIS_YEAR, "citizenId"))
        .isInstanceOf(Problems.InvalidInputException.class)
        .hasFieldOrPropertyWithValue("errors",
            java.util.List.of(new Problem.FieldError("citizenId", "a citizen ID has 12 digits")));
  }

  @Test
  void aTaxCodeWithItsCheckDigitOrABranchIsTaken() {
    assertThat(TaxId.taxCode("0100233488", "taxCode")).isEqualTo("0100233488");
    assertThat(TaxId.taxCode("0314409058 002", "taxCode")).isEqualTo("0314409058-002");
    assertThat(TaxId.taxCode("0314409058-002", "taxCode")).isEqualTo("0314409058-002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0100233487", "0314409059", "0314409059-002", "0100112473"})
  void aTaxCodeWithAWrongCheckDigitIsRefusedOnItsField(String typed) {
    assertThatThrownBy(() -> TaxId.taxCode(typed, "taxCode"))
        .isInstanceOf(Problems.InvalidInputException.class)
        .hasFieldOrPropertyWithValue("errors", java.util.List.of(new Problem.FieldError("taxCode",
            "the tax code's check digit (the 10th) does not match: a digit mistyped?")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "001089012345", "0314409058-000", "010023348"})
  void otherTaxCodeShapesAreRefused(String typed) {
    assertThatThrownBy(() -> TaxId.taxCode(typed, "taxCode"))
        .isInstanceOf(Problems.InvalidInputException.class)
        .extracting("errors").asList().singleElement()
        .extracting("field").isEqualTo("taxCode");
  }

  @Test
  void aDeclarationNeedsANameAnAddressAndACitizenIdOrTaxCode() {
    assertThat(field(new IdentityRequest("  ", "001089012345", null, "Hà Nội", null))).isEqualTo("ownerName");
    assertThat(field(new IdentityRequest("123", "001089012345", null, "Hà Nội", null))).isEqualTo("ownerName");
    assertThat(field(new IdentityRequest("Nguyễn Văn An", "001089012345", null, " ", null))).isEqualTo("address");
    assertThat(field(new IdentityRequest("Nguyễn Văn An", null, " ", "Hà Nội", null))).isEqualTo("citizenId");
    assertThat(field(new IdentityRequest("Nguyễn Văn An", "003089012345", null, "Hà Nội", null))).isEqualTo("citizenId");
    assertThat(field(new IdentityRequest("Nguyễn Văn An", null, "0100233487", "Hà Nội", null))).isEqualTo("taxCode");

    OwnerIdentity.Declared ok = OwnerIdentities.checked(new IdentityRequest(" Nguyễn Văn An ",
        "001 089 012 345", "0100233488", "Thôn Đồng Xâm, Hưng Yên", " HKD-123 "), THIS_YEAR);
    assertThat(ok).isEqualTo(new OwnerIdentity.Declared("Nguyễn Văn An", "001089012345", "0100233488",
        "Thôn Đồng Xâm, Hưng Yên", "HKD-123"));
  }

  @Test
  void anUnidentifiedOrUnverifiedShopCannotBeApproved() {
    Shop shop = new Shop(7L, "bac", "Bạc", "", null, now);
    assertThatThrownBy(() -> shop.approve(now)).isInstanceOf(Problems.ConflictException.class)
        .extracting("errors").asList().singleElement().extracting("field").isEqualTo("identity");
    shop.declareOwnerIdentity(declared("Nguyễn Văn An"), now);
    assertThatThrownBy(() -> shop.approve(now)).isInstanceOf(Problems.ConflictException.class);
    assertThat(shop.ownerVerified()).isFalse();

    shop.verifyOwnerIdentity(2L, OwnerIdentity.Verification.IN_PERSON, "CCCD gốc", now);
    assertThat(shop.ownerVerified()).isTrue();
    shop.approve(now);
    assertThat(shop.maySell()).isTrue();
  }

  @Test
  void changingTheIdentityUndoesTheVerificationButTheSameDeclarationDoesNot() {
    Shop shop = new Shop(7L, "bac", "Bạc", "", null, now);
    shop.declareOwnerIdentity(declared("Nguyễn Văn An"), now);
    shop.verifyOwnerIdentity(2L, OwnerIdentity.Verification.IN_PERSON, null, now);
    shop.declareOwnerIdentity(declared("Nguyễn Văn An"), now.plusSeconds(60));
    assertThat(shop.ownerVerified()).as("sent again unchanged").isTrue();
    shop.declareOwnerIdentity(declared("Nguyễn Văn Bình"), now.plusSeconds(120));
    assertThat(shop.ownerVerified()).isFalse();
    assertThat(shop.ownerIdentity().verifiedBy()).isNull();
  }

  @Test
  void aDocumentPhotoVerificationNeedsThePhotoAndANewPhotoUndoesIt() {
    Shop shop = new Shop(7L, "bac", "Bạc", "", null, now);
    shop.declareOwnerIdentity(declared("Nguyễn Văn An"), now);
    assertThatThrownBy(() -> shop.verifyOwnerIdentity(2L, OwnerIdentity.Verification.DOCUMENT_PHOTO, null, now))
        .isInstanceOf(Problems.ConflictException.class);
    shop.showIdentityEvidence(11L, "k1");
    shop.verifyOwnerIdentity(2L, OwnerIdentity.Verification.DOCUMENT_PHOTO, null, now);
    assertThat(shop.ownerVerified()).isTrue();
    shop.showIdentityEvidence(12L, "k2");
    assertThat(shop.ownerVerified()).isFalse();
  }

  @Test
  void erasureKeepsTheFactOfTheVerificationButNotThePerson() {
    Shop shop = new Shop(7L, "bac", "Bạc", "", null, now);
    shop.declareTaxId("0100233488");
    shop.declareOwnerIdentity(declared("Nguyễn Văn An"), now);
    shop.showIdentityEvidence(11L, "k1");
    shop.verifyOwnerIdentity(2L, OwnerIdentity.Verification.IN_PERSON, "gặp tại nhà", now);
    assertThat(shop.eraseOwnerIdentity()).isEqualTo(11L);
    OwnerIdentity erased = shop.ownerIdentity();
    assertThat(erased.ownerName()).isNull();
    assertThat(erased.citizenId()).isNull();
    assertThat(erased.address()).isNull();
    assertThat(erased.evidenceKey()).isNull();
    assertThat(erased.verificationNote()).isNull();
    assertThat(erased.verifiedAt()).isEqualTo(now);
    assertThat(erased.verifiedBy()).isEqualTo(2L);
    assertThat(shop.ownerVerified()).as("no one to vouch for any more").isFalse();
    assertThat(shop.taxId()).as("kept for the tax declarations").isEqualTo("0100233488");
  }

  private static OwnerIdentity.Declared declared(String name) {
    return new OwnerIdentity.Declared(name, "001089012345", null, "Thôn Đồng Xâm, Hưng Yên", null);
  }

  private static String field(IdentityRequest request) {
    try {
      OwnerIdentities.checked(request, THIS_YEAR);
      return null;
    } catch (Problems.InvalidInputException e) {
      return e.toProblem().errors().get(0).field();
    }
  }
}
