package vn.langnghe.market.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the war once for the whole run instead of once per test class. The integration tests
 * are black-box (HTTP only) and share one database already; deploying and undeploying the same
 * war for each of some ninety classes cost most of the suite's time. A class with a deployment of
 * its own (another configuration, as the demo's sales history) still gets it: the shared war goes
 * away for that class and comes back for the next one that uses it.
 *
 * <p>What lives in the application's memory (caches, rate-limit buckets, simulators' switches) now
 * carries from one class to the next: a test that changes it sets it back.
 */
public class OneDeploymentPerRun implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** Keeps the shared deployment in place between classes. */
  public static class Keeper {

    private static final Logger LOG = Logger.getLogger(OneDeploymentPerRun.class.getName());

    @Inject private Instance<TestClass> testClass;
    @Inject private Instance<DeploymentScenario> scenario;
    @Inject private Instance<ContainerRegistry> registry;

    /** The shared war as deployed, with its container; empty while it is not deployed. */
    private final List<Deployed> shared = new ArrayList<>();

    private record Deployed(Container<?> container, Archive<?> archive) {}

    public void deploy(@Observes EventContext<DeployManagedDeployments> event) throws Exception {
      boolean usesShared = usesSharedDeployment();
      if (usesShared && !shared.isEmpty()) {
        return;
      }
      List<Deployed> wanted = scenario.get().managedDeploymentsInDeployOrder().stream()
          .map(deployment -> {
            var description = deployment.getDescription();
            // a deployment that is not testable is deployed as it is, with no testable copy
            Archive<?> archive = description.getTestableArchive() != null
                ? description.getTestableArchive() : description.getArchive();
            return new Deployed(registry.get().getContainer(description.getTarget()), archive);
          })
          .toList();
      event.proceed();
      if (usesShared) {
        shared.addAll(wanted);
      }
    }

    public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
      if (!usesSharedDeployment()) {
        event.proceed();
      }
    }

    public void beforeStop(@Observes BeforeStop event) {
      undeployShared();
    }

    private void undeployShared() {
      for (Deployed deployed : shared) {
        LOG.info("undeploying the shared " + deployed.archive().getName());
        undeployQuietly(deployed);
      }
      shared.clear();
    }

    /**
     * Undeploys, if it is there; what a killed run leaves in the server's configuration is
     * dropped before the next run starts the server ({@code IntegrationEnvironment}).
     */
    private static void undeployQuietly(Deployed deployed) {
      try {
        deployed.container().getDeployableContainer().undeploy(deployed.archive());
      } catch (Exception e) {
        LOG.fine("nothing to undeploy as " + deployed.archive().getName() + ": " + e);
      }
    }

    /** Whether the class takes its deployment as {@link MarketIT} declares it. */
    private boolean usesSharedDeployment() {
      TestClass current = testClass.get();
      if (current == null) {
        return false;
      }
      var methods = current.getMethods(org.jboss.arquillian.container.test.api.Deployment.class);
      return methods.length == 1 && methods[0].getDeclaringClass() == MarketIT.class;
    }
  }
}
