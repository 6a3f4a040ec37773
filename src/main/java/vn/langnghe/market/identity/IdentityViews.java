package vn.langnghe.market.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the identity endpoints. */
public final class IdentityViews {

  private IdentityViews() {}

  /** Only shoppers and artisans sign themselves up; officers and admins are appointed. */
  public enum SelfServiceRole {
    SHOPPER,
    ARTISAN
  }

  public record RegisterRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @NotNull @Size(min = 10, max = 128) String password,
      @NotBlank @Size(max = 100) String displayName,
      @NotNull SelfServiceRole role,
      @Size(max = 10) List<@NotBlank @Size(max = 30) String> consents) {

    /** Without the consents the sign-up form now sends (older clients): none given. */
    public RegisterRequest(String email, String password, String displayName, SelfServiceRole role) {
      this(email, password, displayName, role, null);
    }
  }

  public record LoginRequest(
      @NotBlank @Size(max = 254) String email, @NotNull @Size(max = 128) String password) {}

  public record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {}

  public record NewPasswordRequest(
      @NotBlank @Size(max = 100) String token, @NotNull @Size(min = 10, max = 128) String password) {}

  public record TokenView(String token, Instant expiresAt) {}

  public record AccountView(long id, String email, String displayName, List<String> roles) {}

  /** The shop an artisan owns, as another component reports it. */
  public record ShopRef(long id, String slug, String name, String status) {}

  public record MeView(
      long id, String email, String displayName, List<String> roles, Long shopId, ShopRef shop) {}
}
