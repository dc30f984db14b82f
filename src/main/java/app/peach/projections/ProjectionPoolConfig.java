package app.peach.projections;

import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Size of the {@link ProjectionPool}: projections are CPU work, so by default one thread per core. */
@ConfigMapping(prefix = "peach.projections.pool")
public interface ProjectionPoolConfig {
    /** Threads running projections; default the number of cores. */
    OptionalInt threads();

    /** Projections that may wait for a thread; default two per thread (a 10-year solve waits at most ~0.1 s). */
    OptionalInt queue();

    /** What a client told to come back later (503) is asked to wait, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
