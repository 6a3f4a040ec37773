package vn.langnghe.market.identity;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langnghe.market.platform.Problems;

/**
 * The role check on every endpoint: {@code @PermitAll}, {@code @RolesAllowed} or
 * {@code @DenyAll} on the method, else on its class. An endpoint with none of them is closed, so
 * forgetting the annotation never opens anything. Anonymous callers get 401, wrong roles 403.
 */
@Provider
public class AccessControl implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Rule rule = ruleFor(resource.getResourceMethod(), resource.getResourceClass());
    if (rule != Rule.PUBLIC) {
      context.register(new Check(rule, rolesOf(resource.getResourceMethod(), resource.getResourceClass())));
    }
  }

  enum Rule {
    PUBLIC,
    ROLES,
    CLOSED
  }

  static Rule ruleFor(Method method, Class<?> type) {
    if (method.isAnnotationPresent(DenyAll.class)) {
      return Rule.CLOSED;
    }
    if (method.isAnnotationPresent(RolesAllowed.class)) {
      return Rule.ROLES;
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return Rule.PUBLIC;
    }
    if (type.isAnnotationPresent(DenyAll.class)) {
      return Rule.CLOSED;
    }
    if (type.isAnnotationPresent(RolesAllowed.class)) {
      return Rule.ROLES;
    }
    if (type.isAnnotationPresent(PermitAll.class)) {
      return Rule.PUBLIC;
    }
    return Rule.CLOSED;
  }

  static Set<String> rolesOf(Method method, Class<?> type) {
    RolesAllowed allowed =
        method.isAnnotationPresent(RolesAllowed.class)
            ? method.getAnnotation(RolesAllowed.class)
            : type.getAnnotation(RolesAllowed.class);
    return allowed == null ? Set.of() : Arrays.stream(allowed.value()).collect(Collectors.toSet());
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class Check implements ContainerRequestFilter {
    private final Rule rule;
    private final Set<String> roles;

    Check(Rule rule, Set<String> roles) {
      this.rule = rule;
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (rule == Rule.CLOSED) {
        throw new Problems.AccessDeniedException("This endpoint is closed.");
      }
      var context = request.getSecurityContext();
      if (!(context.getUserPrincipal() instanceof Caller)) {
        Object rejected = request.getProperty(AuthenticationFilter.REJECTED_TOKEN);
        throw new Problems.AuthenticationRequiredException(
            rejected == null ? "Sign in first." : rejected.toString());
      }
      if (roles.stream().noneMatch(context::isUserInRole)) {
        throw new Problems.AccessDeniedException("Your role may not do this.");
      }
    }
  }
}
