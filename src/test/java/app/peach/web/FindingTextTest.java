package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import app.peach.safety.Plan;
import app.peach.safety.SafetyRules;
import app.peach.safety.TrainingDay;
import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;

/** Findings written field by field read exactly as Jackson's bean serializer writes them. */
class FindingTextTest {
    private final ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    private final ObjectMapper fast = new ObjectMapper().findAndRegisterModules()
            .registerModule(new SimpleModule().addSerializer(Finding.class, new FindingText()));

    @Test
    void shouldWriteTheRecordsFieldsInTheirOrder() {
        // FindingText names the fields itself: a field added to Finding must be added there too
        assertThat(Arrays.stream(Finding.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("code", "severity", "message", "limit", "actual", "source");
    }

    @Test
    void shouldWriteEveryRulesFindingsAsJacksonDoes() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (Plan plan : plans()) {
            for (Finding finding : SafetyRules.evaluate(plan).findings()) {
                codes.add(finding.code());
                assertThat(fast.writeValueAsString(finding)).isEqualTo(plain.writeValueAsString(finding));
            }
            var report = SafetyRules.evaluate(plan);
            assertThat(fast.writeValueAsString(report)).isEqualTo(plain.writeValueAsString(report));
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(SafetyRules.ALL.size() / 2);
    }

    @Test
    void shouldWriteNullsSignsAndEscapesAsJacksonDoes() throws Exception {
        List<Finding> odd = List.of(
                new Finding(null, null, null, null, null, null),
                new Finding("X", Severity.INFO, "quote \" backslash \\ tab \t é ∑", -0.0, 0.0, "Müller \"et al.\""),
                new Finding("Y", Severity.BLOCK, "", 1.0 / 3, 1e12, ""),
                new Finding("Z", Severity.WARNING, "m", Double.NaN, -1200.5, "s"));
        for (Finding f : odd) {
            assertThat(fast.writeValueAsString(f)).isEqualTo(plain.writeValueAsString(f));
        }
        assertThat(fast.writeValueAsString(odd)).isEqualTo(plain.writeValueAsString(odd));
    }

    private static List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        List<TrainingDay> backToBack = List.of(new TrainingDay(1, EnumSet.of(Muscle.GLUTEUS_MAXIMUS)),
                new TrainingDay(2, EnumSet.of(Muscle.GLUTEUS_MAXIMUS)), new TrainingDay(7, EnumSet.of(Muscle.CORE)));
        for (Sex sex : Sex.values()) {
            for (double kcal : new double[] { 700, 1100, 1400, 2000, 3200, 4500 }) {
                for (double rate : new double[] { -1.6, -0.7, 0, 0.4, 1.3 }) {
                    for (double protein : new double[] { 0.4, 1.2, 2.2, 4.0 }) {
                        plans.add(Plan.of(sex, 30, 65, 165, 2000).dailyKcal(kcal).weeklyRateKg(rate).proteinGPerKg(protein)
                                .strengthDaysPerWeek(rate < 0 ? 0 : 6).trainingDays(backToBack).aerobicMinutesPerWeek(20)
                                .vigorousAerobicMinutesPerWeek(0).exerciseKcalPerWeek(kcal < 1500 ? 4000.0 : 0.0)
                                .bodyFatPercent(kcal < 1000 ? 9.0 : 30.0).targetAreas(EnumSet.of(BodyArea.BELLY))
                                .pregnant(sex == Sex.FEMALE && kcal < 1200).build());
                    }
                }
            }
        }
        return plans;
    }
}
