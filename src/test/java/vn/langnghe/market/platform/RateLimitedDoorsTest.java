package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
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
