package app.peach.projections;

import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Size of the {@link ProjectionPool}: projections are CPU work, so by default one thread per core. */
@ConfigMapping(prefix = "peach.projections.pool")
public interface ProjectionPoolConfig {
    /** Threads running projections; default the number of cores. */
    OptionalInt threads();

    /** Projections that may wait for a thread; default 32 per thread (a full queue of 10-year solves waits ~1 s). */
    OptionalInt queue();

    /** What a client told to come back later (503) is asked to wait, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
