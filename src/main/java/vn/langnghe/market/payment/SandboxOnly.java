package vn.langnghe.market.payment;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the gateway simulators and the sandbox's "paid" signal: they exist only where {@code
 * market.payments.sandbox} is on (demo run, tests) and answer 404 everywhere else
 * ({@link SandboxGate}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SandboxOnly {}
