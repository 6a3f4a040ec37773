package vn.langnghe.market.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error model: every exception leaves as application/problem+json. Known refusals keep
 * their status; anything unexpected becomes a 500 that shows the client only an id, while the
 * cause is logged under that id.
 */
public final class ErrorMapping {

  private static final Logger LOG = Logger.getLogger(ErrorMapping.class.getName());

  private ErrorMapping() {}

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  @Provider
  public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
      Response response = respond(e.toProblem());
      if (e instanceof Problems.TooManyAttemptsException tooMany) {
        return Response.fromResponse(response)
            .header("Retry-After", tooMany.retryAfterSeconds())
            .build();
      }
      if (e instanceof DatabaseOutage) {
        return Response.fromResponse(response)
            .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
            .build();
      }
      if (e.status() == 503) {
        return Response.fromResponse(response).header("Retry-After", 30).build();
      }
      return response;
    }
  }

  /** Malformed JSON, wrong types, unknown enum values: 400 naming the field. */
  @Provider
  public static class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      return respond(problemFor(e));
    }
  }

  /** Everything JAX-RS raises itself (404 unknown path, 405, 415, 406, body read failures). */
  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      JsonProcessingException json = findCause(e, JsonProcessingException.class);
      if (json != null) {
        return respond(problemFor(json));
      }
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      if (status >= 500) {
        return unexpected(e);
      }
      Response.StatusType statusType = Response.Status.fromStatusCode(status);
      String title = statusType == null ? "Request refused" : statusType.getReasonPhrase();
      return respond(Problem.of(status, title, clientMessage(status)));
    }
  }

  /** The body could not be read at all (RESTEasy wraps reader failures in this). */
  @Provider
  public static class ProcessingExceptionMapper
      implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
    @Override
    public Response toResponse(jakarta.ws.rs.ProcessingException e) {
      JsonProcessingException json = findCause(e, JsonProcessingException.class);
      if (json != null) {
        return respond(problemFor(json));
      }
      return respond(
          Problem.invalid("The request body could not be read.", List.of(new Problem.FieldError("body", "unreadable"))));
    }
  }

  @Provider
  public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return respond(
          new Problems.ConflictException(
                  "version", "Someone else changed this in the meantime; reload and try again.")
              .toProblem());
    }
  }

  @Provider
  public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      ProblemException problem = findCause(e, ProblemException.class);
      if (problem != null) {
        return new ProblemExceptionMapper().toResponse(problem);
      }
      OptimisticLockException stale = findCause(e, OptimisticLockException.class);
      if (stale != null) {
        return new OptimisticLockMapper().toResponse(stale);
      }
      DatabaseOutage outage = DatabaseOutage.of(e);
      if (outage != null) {
        // not a bug: the client is told to come back, the log says why in one line
        DatabaseOutage.log(e);
        return new ProblemExceptionMapper().toResponse(outage);
      }
      return unexpected(e);
    }
  }

  static Response unexpected(Throwable e) {
    return respond(internalError(500, loggedUnexpected(e, "")));
  }

  /**
   * Logs what nobody expected under a fresh id, the one thing about it the client is shown, beside
   * the request's id (which also leads to the request's other log lines on every node). Not the
   * request's id itself: a client may choose that one, so it is neither unique nor ours.
   */
  static String loggedUnexpected(Throwable e, String where) {
    String id = RequestIds.newId();
    String request = RequestIds.current().map(r -> " (request " + r + ")").orElse("");
    LOG.log(Level.SEVERE, "Unexpected error " + id + where + request, e);
    return id;
  }

  static Problem internalError(int status, String id) {
    return Problem.of(status, "Internal error", "Something went wrong on our side (error id " + id + ").");
  }

  static Problem problemFor(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = fieldPath(mapping.getPath());
      String message;
      if (e instanceof UnrecognizedPropertyException) {
        message = "unknown field";
      } else if (e instanceof InvalidFormatException invalid
          && invalid.getTargetType() != null
          && invalid.getTargetType().isEnum()) {
        message = "must be one of " + List.of(invalid.getTargetType().getEnumConstants());
      } else if (e instanceof MismatchedInputException mismatched
          && mismatched.getTargetType() != null) {
        message = "must be " + describe(mismatched.getTargetType());
      } else {
        message = "has the wrong type or format";
      }
      return Problem.invalid(
          "The request body has a field of the wrong type.",
          List.of(new Problem.FieldError(field, message)));
    }
    Optional<String> duplicate = JsonSettings.duplicateKey(e);
    if (duplicate.isPresent()) {
      return Problem.invalid("The request body gives a field twice.",
          List.of(new Problem.FieldError(duplicate.get(), "given more than once")));
    }
    return Problem.invalid(
        "The request body is not valid JSON.",
        List.of(new Problem.FieldError("body", "malformed JSON")));
  }

  private static String describe(Class<?> type) {
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + List.of(type.getEnumConstants());
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }

  private static String fieldPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String clientMessage(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This method is not allowed here.";
      case 406 -> "No acceptable representation; ask for application/json.";
      case 415 -> "Send the body as application/json (or multipart/form-data for uploads).";
      case 401 -> "Sign in first.";
      case 403 -> "You may not do this.";
      default -> "The request was refused.";
    };
  }

  static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
