package app.peach;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the throwaway database for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public class TestDatabase {
}
