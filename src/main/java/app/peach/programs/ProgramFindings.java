package app.peach.programs;

import java.util.Locale;

import app.peach.safety.Finding;
import app.peach.safety.Severity;
import app.peach.safety.Sources;

/** What the builder tells the client about the limits of the plan it could make; the safety report lists them. */
final class ProgramFindings {
    private ProgramFindings() {
    }

    /** Information: the kit and level left fewer main lifts for a focus than the goal wants. */
    static Finding limitedByEquipment(Focus focus, int found, int wanted) {
        return Finding.of("PROGRAM_LIMITED_BY_EQUIPMENT", Severity.INFO, String.format(Locale.ROOT,
                "Only %d of the %d %s exercises wanted fit this level and equipment; more equipment (a band, "
                        + "dumbbells) widens the choice.", found, wanted, focus.name().toLowerCase(Locale.ROOT)),
                (double) wanted, (double) found, Sources.ACSM_REST);
    }

    /** Warning: even the work a session never drops is longer than {@code sessionMinutes}; the plan keeps it. */
    static Finding sessionTooShort(int sessionMinutes, int shortestMinutes) {
        return Finding.of("SESSION_TOO_SHORT", Severity.WARNING, String.format(Locale.ROOT,
                "A session of %d minutes cannot hold even the shortest useful session here (%d minutes); "
                        + "the plan keeps it.", sessionMinutes, shortestMinutes),
                (double) sessionMinutes, (double) shortestMinutes, Sources.ACSM_REST);
    }
}
