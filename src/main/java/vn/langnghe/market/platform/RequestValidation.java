package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request record against its Bean Validation constraints and refuses it with a 400 that
 * names every offending field (as the client spelled it: {@code variants[0].priceVnd}).
 */
@ApplicationScoped
public class RequestValidation {

  @Inject Validator validator;

  public <T> T valid(T request) {
    if (request == null) {
      throw new Problems.InvalidInputException("body", "a JSON body is required");
    }
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      List<Problem.FieldError> errors =
          violations.stream()
              .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      throw new Problems.InvalidInputException(errors);
    }
    return request;
  }

  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
