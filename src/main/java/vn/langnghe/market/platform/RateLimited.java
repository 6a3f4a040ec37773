package vn.langnghe.market.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client may call the annotated resource method (or every method of the
 * annotated class); over the limit the call is answered 429 with Retry-After ({@link RateLimiting}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {
  RequestLimit value();
}
