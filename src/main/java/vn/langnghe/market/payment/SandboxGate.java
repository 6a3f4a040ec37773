package vn.langnghe.market.payment;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.platform.Problems;

/** Hides every {@link SandboxOnly} endpoint (404) unless the payment sandbox is on. */
@Provider
@SandboxOnly
public class SandboxGate implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "market.payments.sandbox")
  boolean sandbox;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!sandbox) {
      throw new Problems.NotFoundException("The payment sandbox");
    }
  }
}
