package vn.langnghe.market.platform;

import java.util.List;

/** The generic reasons; a component subclasses one when its reason deserves a name. */
public final class Problems {

  private Problems() {}

  /** 400: input that breaks a rule, with the fields named. */
  public static class InvalidInputException extends ProblemException {
    public InvalidInputException(String field, String message) {
      this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidInputException(List<Problem.FieldError> errors) {
      super(400, "Invalid input", "The request has invalid fields.", errors);
    }
  }

  /** 401: the endpoint needs a signed-in user. */
  public static class AuthenticationRequiredException extends ProblemException {
    public AuthenticationRequiredException(String detail) {
      super(401, "Sign-in required", detail);
    }
  }

  /** 403: signed in, but this role may not do this. */
  public static class AccessDeniedException extends ProblemException {
    public AccessDeniedException(String detail) {
      super(403, "Not allowed", detail);
    }
  }

  /** 404: absent, or someone else's private thing (never say which). */
  public static class NotFoundException extends ProblemException {
    public NotFoundException(String what) {
      super(404, "Not found", what + " was not found.");
    }
  }

  /** 409: the current state forbids it (duplicate, wrong state, stale version). */
  public static class ConflictException extends ProblemException {
    public ConflictException(String detail) {
      super(409, "Conflict", detail);
    }

    public ConflictException(String field, String detail) {
      super(409, "Conflict", detail, List.of(new Problem.FieldError(field, detail)));
    }
  }

  /** 413: the body or upload is larger than allowed. */
  public static class PayloadTooLargeException extends ProblemException {
    public PayloadTooLargeException(String field, String detail) {
      super(413, "Payload too large", detail, List.of(new Problem.FieldError(field, detail)));
    }
  }

  /** 422: well-formed but refused by a business rule. */
  public static class RefusedException extends ProblemException {
    public RefusedException(String detail) {
      super(422, "Refused", detail);
    }

    public RefusedException(String field, String detail) {
      super(422, "Refused", detail, List.of(new Problem.FieldError(field, detail)));
    }
  }

  /** 429: too many attempts; the client may try again later. */
  public static class TooManyAttemptsException extends ProblemException {
    private final long retryAfterSeconds;

    public TooManyAttemptsException(String detail, long retryAfterSeconds) {
      super(429, "Too many attempts", detail);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
