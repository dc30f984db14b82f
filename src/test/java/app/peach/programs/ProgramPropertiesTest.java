package app.peach.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import app.peach.safety.rules.NoRestDay;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over every goal × level × kit × daysPerWeek × session limit × flags × weight, the plan keeps the README's
 * promises: seven days in order with daysPerWeek strength days, no prime mover loaded two days running (day 7
 * then day 1), only exercises the kit and level allow, every day within sessionMinutes unless the plan says it
 * cannot be, fat_loss at 3 sets at most, energy only with a weight, and the same plan for the same request.
 */
class ProgramPropertiesTest {

    record Case(Goal goal, Level level, Set<Equipment> kit, int days, Integer minutes, boolean sits, boolean cycles,
            Double kg) {
        ProgramInput input() {
            return TestCatalog.input(goal, level, kit, days, minutes, sits, cycles, kg);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Set<Equipment>> kits = Arbitraries.of(Equipment.class).set()
                .map(s -> s.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(s));
        return Combinators.combine(Arbitraries.of(Goal.class), Arbitraries.of(Level.class), kits,
                Arbitraries.integers().between(2, 6), Arbitraries.integers().between(10, 180).injectNull(0.3),
                Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.doubles().between(25, 350).ofScale(1).injectNull(0.3)).as(Case::new);
    }

    @Property(tries = 2_000, seed = "20261123")
    void plansKeepTheRules(@ForAll("cases") Case c) {
        Program program = ProgramBuilder.build(c.input(), TestCatalog.EXERCISES);

        assertThat(program.days()).extracting(ProgramDay::day).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(program.days()).filteredOn(d -> d.type() == DayType.STRENGTH).hasSize(c.days())
                .allSatisfy(d -> assertThat(d.exercises()).isNotEmpty());
        assertThat(program.strengthDays()).isEqualTo(c.days());
        assertThat(NoRestDay.consecutiveDays(program.trainingDays())).isEmpty();
        program.days().forEach(d -> d.exercises().forEach(p -> {
            assertThat(p.exercise().usableWith(c.kit())).as(p.slug()).isTrue();
            assertThat(c.level().canDo(p.exercise().level())).as(p.slug()).isTrue();
        }));
        boolean tooShort = program.findings().stream().anyMatch(f -> f.code().equals("SESSION_TOO_SHORT"));
        if (c.minutes() != null && !tooShort) {
            assertThat(program.days()).allSatisfy(d -> assertThat(d.estimatedMinutes()).isLessThanOrEqualTo(c.minutes()));
        }
        if (c.goal() == Goal.FAT_LOSS) {
            program.days().forEach(d -> d.exercises().forEach(p -> assertThat(p.sets()).isLessThanOrEqualTo(3)));
            if (c.minutes() == null) {
                assertThat(program.aerobicMinutesPerWeek()).isGreaterThanOrEqualTo(150);
            }
        }
        assertThat(program.weeklyExerciseKcal() == null).isEqualTo(c.kg() == null);
        assertThat(ProgramBuilder.build(c.input(), TestCatalog.EXERCISES)).isEqualTo(program);
    }
}
