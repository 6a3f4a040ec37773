package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.catalog.MyProductsResource;
import vn.langnghe.market.identity.IdentityResource;
import vn.langnghe.market.payment.stripe.StripeResource;
import vn.langnghe.market.payment.vietqr.VietQrResource;
import vn.langnghe.market.payment.vnpay.VnpayResource;

/** The doors anyone can knock on carry a per-client limit (SignInThrottlingIT shows one working). */
class RateLimitedDoorsTest {

  private static RequestLimit limitOn(Class<?> resource, String method) {
    Method found = Arrays.stream(resource.getMethods()).filter(m -> m.getName().equals(method))
        .findFirst().orElseThrow(() -> new AssertionError(resource.getSimpleName() + "." + method + " is gone"));
    RateLimited limited = found.getAnnotation(RateLimited.class);
    return limited == null ? null : limited.value();
  }

  /**
   * Every resource method a stranger may call to write something (class or method @PermitAll, no
   * @RolesAllowed of its own) carries a limit, so a new public door cannot be added without one.
   * The simulators exist only in the sandbox.
   */
  @Test
  void everyDoorAStrangerMayWriteThroughIsLimited() throws IOException {
    Path classes = Path.of("target", "classes");
    List<String> unlimited = new ArrayList<>();
    int publicWrites = 0;
    try (Stream<Path> files = Files.walk(classes.resolve("vn/langnghe/market"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> resource = load(name);
        if (resource == null || !resource.isAnnotationPresent(jakarta.ws.rs.Path.class)
            || name.contains(".sandbox.") || name.contains("Sandbox")) {
          continue;
        }
        for (Method method : resource.getDeclaredMethods()) {
          boolean writes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
              || method.isAnnotationPresent(DELETE.class) || method.isAnnotationPresent(PATCH.class);
          boolean open = method.isAnnotationPresent(PermitAll.class)
              || (resource.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class));
          if (writes && open) {
            publicWrites++;
            if (!method.isAnnotationPresent(RateLimited.class) && !resource.isAnnotationPresent(RateLimited.class)) {
              unlimited.add(resource.getSimpleName() + "." + method.getName());
            }
          }
        }
      }
    }
    assertThat(publicWrites).as("public writing doors found").isGreaterThanOrEqualTo(5);
    assertThat(unlimited).as("public doors without a per-client limit").isEmpty();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RateLimitedDoorsTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  @Test
  void signInRegistrationUploadsAndPaymentCallbacksAreLimitedPerClient() {
    assertThat(limitOn(IdentityResource.class, "login")).isEqualTo(RequestLimit.SIGN_IN);
    assertThat(limitOn(IdentityResource.class, "register")).isEqualTo(RequestLimit.REGISTRATION);
    assertThat(limitOn(MyProductsResource.class, "upload")).isEqualTo(RequestLimit.UPLOAD);
    assertThat(limitOn(VnpayResource.class, "ipn")).isEqualTo(RequestLimit.PAYMENT_CALLBACK);
    assertThat(limitOn(StripeResource.class, "webhook")).isEqualTo(RequestLimit.PAYMENT_CALLBACK);
    assertThat(limitOn(VietQrResource.class, "webhook")).isEqualTo(RequestLimit.PAYMENT_CALLBACK);
  }
}
