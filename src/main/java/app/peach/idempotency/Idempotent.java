package app.peach.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A resource method that creates something and honours the {@code Idempotency-Key} header (contract, "API
 * conventions"): the same key with the same request within 24 hours answers the first response again (same status,
 * body, Location and ETag, plus {@code Idempotent-Replayed: true}) and creates nothing; the same key with a different
 * request is a 422 problem. Keys are scoped to the caller (the coach, or the operator's admin key), and only callers
 * with a key use them: the stored answer is encrypted with a key derived from theirs.
 * <p>
 * Put it on a {@code @POST} method that returns a {@link jakarta.ws.rs.core.Response} with a 201 (the OpenAPI
 * document then declares the header, 409 and 422 by itself, and {@code IdempotencyContractTest} checks that every
 * creating POST carries this annotation). The method's own transaction joins the one that stores the key.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Idempotent {
    /** The request header. */
    String HEADER = "Idempotency-Key";
    /** The response header of a replayed answer. */
    String REPLAYED = "Idempotent-Replayed";
}
