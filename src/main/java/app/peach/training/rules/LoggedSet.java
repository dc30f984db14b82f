package app.peach.training.rules;

import java.math.BigDecimal;

/**
 * One set as the client did it: reps done (0 is a failed attempt), the load in kg (null: bodyweight work) and
 * the reps left in reserve (null: not recorded, taken as 0 by the 1RM estimate).
 */
public record LoggedSet(int reps, BigDecimal loadKg, Integer rir) {
}
