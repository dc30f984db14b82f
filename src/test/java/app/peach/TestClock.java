package app.peach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The test suite's clock: one fixed instant instead of the wall clock, so that no test depends on the day
 * (or the minute before midnight) it runs on. It replaces the service's default {@code Clock} bean (a
 * {@code @DefaultBean} producing {@code Clock.systemUTC()}) in every {@code @QuarkusTest} application;
 * tests inject the same {@code Clock} and take "today" from it.
 */
public class TestClock {
    /** Noon UTC on 2 March 2026: a "last 28 days" window from here crosses the end of February. */
    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
