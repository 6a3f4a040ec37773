package vn.langnghe.market.digitalhelpers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The requests and answers of the digital helpers' endpoints. */
public final class HelperViews {

  private HelperViews() {}

  /** An officer appoints a helper: an existing account by e-mail gets the role, else one is made. */
  public record AppointRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @Size(max = 120) String displayName,
      @NotEmpty @Size(max = 20) List<@NotBlank @Pattern(regexp = "[0-9]{5}") String> communeCodes) {}

  public record CommunesRequest(
      @NotNull @Size(max = 20) List<@NotBlank @Pattern(regexp = "[0-9]{5}") String> communeCodes) {}

  public record CommuneRef(String code, String name) {}

  public record HelperView(long accountId, String email, String displayName, List<CommuneRef> communes,
      boolean created) {}

  /** A helper onboards an artisan who is not online; {@code consent} CODE sends them a code. */
  public record OnboardRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @Size(max = 20) String phone,
      @NotBlank @Size(max = 120) String displayName,
      @NotBlank @Pattern(regexp = "[0-9]{5}") String communeCode,
      @NotNull Mandate.Consent consent) {}

  public record CodeRequest(@NotBlank @Pattern(regexp = "[0-9]{6}", message = "6 chữ số") String code) {}

  /** A mandate as its helper or its artisan sees it. */
  public record MandateView(long id, long artisanAccountId, String artisanName, String artisanEmail,
      long helperAccountId, String helperName, CommuneRef commune, String state,
      String consentMethod, Instant consentedAt, Instant handedOverAt, ShopRef shop) {}

  public record ShopRef(long id, String slug, String name, String status) {}

  public record ActionView(long id, long helperAccountId, String helperName, String kind,
      String label, Long targetId, String targetDetail, String summary, Instant doneAt,
      boolean undoable, Instant undoneAt) {}

  /** The officers' report: per commune and per helper, and the province's OCOP goal. */
  public record ReportView(List<CommuneRow> communes, List<HelperRow> helpers, OcopGoal ocopGoal) {}

  public record CommuneRow(String communeCode, String communeName, int helpers, long shopsOnboarded,
      long productsOnline) {}

  public record HelperRow(long helperAccountId, String helperName, List<String> communeCodes,
      long artisans, long shopsOnboarded, long productsOnline) {}

  /** Products of 3 stars and more on sale online against all such products (OCOP: see the note). */
  public record OcopGoal(int minStars, long onSale, long total, double share) {}
}
