package vn.langnghe.market.platform;

import java.util.List;

/**
 * A refusal the client can understand. Components throw a subclass named for the reason; the
 * mapper turns it into problem+json with this status.
 */
public abstract class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final List<Problem.FieldError> errors;

  protected ProblemException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  protected ProblemException(
      int status, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public Problem toProblem() {
    return new Problem(
        "https://langnghe.vn/problems/" + status, title, status, getMessage(), null, errors);
  }

  public int status() {
    return status;
  }
}
