package vn.langnghe.market.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names the offending fields of invalid input. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, String instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, null, List.of());
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(typeFor(400), "Invalid input", 400, detail, null, List.copyOf(errors));
  }

  private static String typeFor(int status) {
    return "https://langnghe.vn/problems/" + status;
  }
}
