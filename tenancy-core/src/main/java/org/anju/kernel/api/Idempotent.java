package org.anju.kernel.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a write that clients may retry with an {@code Idempotency-Key} header: the first successful answer is kept
 * (in the caller's own schema) and a replay of the same key and body returns it without doing the work again.
 * The same key with a different body is refused (422); a replay while the first is still running gets 409.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
