package app.peach.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rate limits on /api: per API key for authenticated calls, per client IP for the open calculators. */
@ConfigMapping(prefix = "peach.rate-limit")
public interface RateLimitConfig {
    /** Off only for measuring the framework alone. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a minute from one client IP without a key (the open endpoints). */
    @WithDefault("600")
    long perIpPerMinute();

    /** Requests a minute with one API key (a coach's dashboard, an app's backend). */
    @WithDefault("3000")
    long perKeyPerMinute();
}
