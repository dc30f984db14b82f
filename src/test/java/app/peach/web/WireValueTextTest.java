package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import app.peach.checkins.CheckInReason;
import app.peach.checkins.CheckInStatus;
import app.peach.energy.BmiCategory;
import app.peach.energy.DgaActivityLevel;
import app.peach.energy.Formula;
import app.peach.exercises.ExerciseKind;
import app.peach.goals.CaloriePolicy;
import app.peach.programs.DayType;
import app.peach.training.rules.Decision;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.Verdict;
import app.peach.vocabulary.WireValue;

/** The contract's enums written from their encoded wire values read as Jackson writes them through @JsonValue. */
class WireValueTextTest {
    private final ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    private final ObjectMapper fast = new ObjectMapper().findAndRegisterModules().registerModule(wireValues());

    private static SimpleModule wireValues() {
        SimpleModule module = new SimpleModule();
        module.setSerializers(new WireValueText.ForWireEnums());
        return module;
    }

    record Holder(Object any, WireValue declared, List<Object> list, Map<String, Object> map, Optional<Object> maybe) {
    }

    static Stream<Enum<?>> everyConstant() {
        return Stream.of(ActivityLevel.class, BodyArea.class, Equipment.class, Goal.class, Level.class, Muscle.class,
                Severity.class, Sex.class, Verdict.class, BmiCategory.class, DgaActivityLevel.class, Formula.class,
                ExerciseKind.class, CaloriePolicy.class, DayType.class, Decision.class, CheckInStatus.class,
                CheckInReason.class).flatMap(type -> Stream.of(type.getEnumConstants()));
    }

    @ParameterizedTest
    @MethodSource("everyConstant")
    void shouldWriteEveryConstantAsItsWireValue(Enum<?> constant) throws Exception {
        String wire = ((WireValue) constant).apiValue();
        assertThat(fast.writeValueAsString(constant)).isEqualTo('"' + wire + '"').isEqualTo(plain.writeValueAsString(constant));
        Holder held = new Holder(constant, (WireValue) constant, List.of(constant, constant), Map.of("k", constant),
                Optional.of(constant));
        assertThat(fast.writeValueAsString(held)).isEqualTo(plain.writeValueAsString(held)).contains('"' + wire + '"');
    }
}
