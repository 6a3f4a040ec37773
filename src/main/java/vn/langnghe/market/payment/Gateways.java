package vn.langnghe.market.payment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The gateway adapter of each payment method. */
@ApplicationScoped
public class Gateways {

  @Inject @Any Instance<PaymentGateway> adapters;

  private final Map<PaymentMethod, PaymentGateway> byMethod = new EnumMap<>(PaymentMethod.class);

  @PostConstruct
  void collect() {
    for (PaymentGateway adapter : adapters) {
      if (byMethod.putIfAbsent(adapter.method(), adapter) != null) {
        throw new IllegalStateException("Two gateway adapters for " + adapter.method());
      }
    }
  }

  public Optional<PaymentGateway> of(PaymentMethod method) {
    return Optional.ofNullable(byMethod.get(method));
  }

  public PaymentGateway require(PaymentMethod method) {
    return of(method).orElseThrow(() -> new IllegalStateException("No gateway adapter for " + method));
  }
}
