package app.peach.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import app.peach.energy.BodyLimits;
import app.peach.energy.MetricPairs;
import app.peach.vocabulary.InvalidInput;

/** Small rules about clients shared by the coaching services. */
final class Clients {
    private Clients() {
    }

    static int age(LocalDate birthDate, Clock clock) {
        return Period.between(birthDate, LocalDate.now(clock)).getYears();
    }

    static double heightCm(ClientRequest r) {
        return Math.round(MetricPairs.heightCm(r.heightCm(), r.heightIn()) * 10) / 10.0;
    }


    static void checkAge(LocalDate birthDate, Clock clock) {
        int age = age(birthDate, clock);
        if (age < BodyLimits.MIN_ADULT_AGE || age > BodyLimits.MAX_AGE) {
            throw new InvalidInput("birthDate", "must give an age of 18–100 today (the adult formulas); it gives " + age);
        }
    }
}
