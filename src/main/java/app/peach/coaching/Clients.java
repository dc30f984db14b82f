package app.peach.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import app.peach.energy.BodyLimits;
import app.peach.web.ValidationProblem;

/** Small rules about clients shared by the coaching services. */
final class Clients {
    private Clients() {
    }

    static int age(LocalDate birthDate, Clock clock) {
        return Period.between(birthDate, LocalDate.now(clock)).getYears();
    }

    static double heightCm(ClientRequest r) {
        if (r.heightCm() != null && r.heightIn() != null) {
            throw new ValidationProblem("heightIn", "must not be given together with heightCm: send exactly one of the pair");
        }
        if (r.heightCm() == null && r.heightIn() == null) {
            throw new ValidationProblem("heightCm", "is required (or give heightIn instead)");
        }
        double cm = r.heightCm() != null ? r.heightCm() : r.heightIn() * BodyLimits.CM_PER_IN;
        if (cm < 100 || cm > 250) {
            throw new ValidationProblem("heightIn", "must be between 39.4 and 98.4 in (100–250 cm)");
        }
        return Math.round(cm * 10) / 10.0;
    }

    static void checkAge(LocalDate birthDate, Clock clock) {
        int age = age(birthDate, clock);
        if (age < BodyLimits.MIN_ADULT_AGE || age > BodyLimits.MAX_AGE) {
            throw new ValidationProblem("birthDate", "must give an age of 18–100 today (the adult formulas); it gives " + age);
        }
    }
}
