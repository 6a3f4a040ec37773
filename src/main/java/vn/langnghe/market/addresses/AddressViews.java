package vn.langnghe.market.addresses;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.langnghe.market.places.AdministrativeUnit;

/** The address book's request and answer. */
public final class AddressViews {

  private AddressViews() {}

  /** {@code isDefault} may be left out: the first address becomes the default anyway. */
  public record AddressRequest(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Size(max = 30) String phone,
      @NotBlank @Size(max = 200) String line1,
      @NotBlank @Pattern(regexp = "[0-9]{5}", message = "is not a commune code") String communeCode,
      @JsonProperty("isDefault") Boolean isDefault) {}

  public record AddressView(long id, String name, String phone, String line1, String communeCode,
      String communeName, String provinceCode, String provinceName,
      @JsonProperty("isDefault") boolean isDefault) {

    static AddressView of(SavedAddress a, AdministrativeUnit commune) {
      AdministrativeUnit province = commune == null ? null : commune.parent();
      return new AddressView(a.id(), a.recipientName(), a.phone(), a.addressLine(), a.communeCode(),
          commune == null ? null : commune.name(), province == null ? null : province.code(),
          province == null ? null : province.name(), a.isDefault());
    }
  }
}
