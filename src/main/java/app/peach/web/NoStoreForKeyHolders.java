package app.peach.web;

import java.lang.reflect.Method;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A key-holder's data is never stored by a cache: every answer of an operation that needs a key (coach or admin)
 * carries {@code Cache-Control: no-store}, its errors included (401 without a valid key, 404, 400). The OpenAPI
 * document declares the header on exactly these operations (those with a security requirement, see
 * {@link StandardErrorResponses}). This filter is the only source of the header: a path-wide
 * {@code quarkus.http.header} for {@code /api/v1/clients/*} used to add a second copy to every client answer.
 * <p>
 * A {@link ServerResponseFilter} is handed the matched operation itself; a JAX-RS filter's {@code @Context
 * ResourceInfo} is a request-scoped proxy that cost every calculator call a CDI context lookup (2 % of the
 * samples of {@code POST /safety/evaluate}).
 */
public class NoStoreForKeyHolders {
    @ServerResponseFilter
    public void filter(ResourceInfo resource, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod(); // looked up once per operation
        if (method != null && (method.isAnnotationPresent(RolesAllowed.class)
                || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class))) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
