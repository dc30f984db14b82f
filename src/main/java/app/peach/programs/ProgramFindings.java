package app.peach.programs;

import java.util.Locale;

import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** What the builder tells the client about the limits of the plan it could make; the safety report lists them. */
final class ProgramFindings {
    private ProgramFindings() {
    }

    /** Information: the kit and level left fewer main lifts for a focus than the goal wants. */
    static Finding limitedByEquipment(Focus focus, int found, int wanted) {
        return Finding.of("PROGRAM_LIMITED_BY_EQUIPMENT", Severity.INFO, "Only " + found + " of the " + wanted + " "
                + focus.name().toLowerCase(Locale.ROOT) + " exercises wanted fit this level and equipment; more equipment "
                + "(a band, dumbbells) widens the choice.",
                (double) wanted, (double) found, Sources.ACSM_REST);
    }

    /** Warning: even the work a session never drops is longer than {@code sessionMinutes}; the plan keeps it. */
    static Finding sessionTooShort(int sessionMinutes, int shortestMinutes) {
        return Finding.of("SESSION_TOO_SHORT", Severity.WARNING, "A session of " + sessionMinutes
                + " minutes cannot hold even the shortest useful session here (" + shortestMinutes
                + " minutes); the plan keeps it.",
                (double) sessionMinutes, (double) shortestMinutes, Sources.ACSM_REST);
    }
}
