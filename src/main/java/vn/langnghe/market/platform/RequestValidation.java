package vn.langnghe.market.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request record against its Bean Validation constraints and refuses it with a 400 that
 * names every offending field (as the client spelled it: {@code variants[0].priceVnd}).
 */
@ApplicationScoped
public class RequestValidation {

  @Inject ValidatorFactory validators;
  private Validator validator;

  /**
   * Requests are records, never entities, so every property is there to check: without this the
   * server's validator asked JPA of every property whether it was loaded, through every
   * persistence provider (a few per cent of a checkout's CPU).
   */
  @PostConstruct
  void build() {
    validator = validators.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
  }

  private static final class EveryPropertyReachable implements TraversableResolver {
    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType,
        Path pathToProperty, ElementType elementType) {
      return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType,
        Path pathToProperty, ElementType elementType) {
      return true;
    }
  }

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
