package app.peach;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the throwaway database for every {@code @QuarkusTest} of the run, with one application for the
 * suite (plus one per test profile). {@code @QuarkusTestResource} is not deprecated in Quarkus 3.33 (deprecated
 * in 3.13, then un-deprecated), and the Javadoc of {@code @WithTestResource} still recommends not using that
 * one until its behaviour is reworked; the equivalent would be
 * {@code @WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)}.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public class TestDatabase {
}
