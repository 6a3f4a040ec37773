package vn.langnghe.market.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Gives every {@link RateLimited} resource method a check of the caller's budget for its kind of
 * request, before anything else runs (before even the bearer token is looked up).
 */
@Provider
@ApplicationScoped
public class RateLimiting implements DynamicFeature {

  @Inject Config config;
  @Inject ClientAddresses clients;

  private final Map<RequestLimit, RequestBudgets> budgets = new EnumMap<>(RequestLimit.class);

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RateLimited limited = resource.getResourceMethod().getAnnotation(RateLimited.class);
    if (limited == null) {
      limited = resource.getResourceClass().getAnnotation(RateLimited.class);
    }
    if (limited != null) {
      context.register(new BudgetCheck(budgetsFor(limited.value())),
          Priorities.AUTHENTICATION - 100);
    }
  }

  private synchronized RequestBudgets budgetsFor(RequestLimit limit) {
    return budgets.computeIfAbsent(limit, l -> RequestBudgets.perClient(RequestLimit.Size.parse(
        config.getOptionalValue(l.configKey(), String.class).orElse(l.byDefault()))));
  }

  private final class BudgetCheck implements ContainerRequestFilter {
    private final RequestBudgets budgets;

    BudgetCheck(RequestBudgets budgets) {
      this.budgets = budgets;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      long wait = budgets.take(clients.current());
      if (wait > 0) {
        throw new Problems.TooManyAttemptsException(
            "Too many requests; try again in " + wait + " seconds.", wait);
      }
    }
  }
}
