package app.peach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URL;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.peach.EmbeddedPostgresResource;
import app.peach.client.ApiClient;
import app.peach.client.api.AdminApi;
import app.peach.client.api.ClientsApi;
import app.peach.client.api.EnergyApi;
import app.peach.client.api.ExercisesApi;
import app.peach.client.api.GoalsAndTargetsApi;
import app.peach.client.api.ProgramsApi;
import app.peach.client.api.ProjectionsApi;
import app.peach.client.model.ActivityLevel;
import app.peach.client.model.Client;
import app.peach.client.model.ClientRequest;
import app.peach.client.model.CoachCreated;
import app.peach.client.model.CoachRequest;
import app.peach.client.model.DashboardEntry;
import app.peach.client.model.DashboardPage;
import app.peach.client.model.DayType;
import app.peach.client.model.EnergyRequest;
import app.peach.client.model.EnergyResponse;
import app.peach.client.model.Equipment;
import app.peach.client.model.Exercise;
import app.peach.client.model.ExercisePage;
import app.peach.client.model.Formula;
import app.peach.client.model.Goal;
import app.peach.client.model.IntakeRequest;
import app.peach.client.model.Level;
import app.peach.client.model.Muscle;
import app.peach.client.model.ProgramRequest;
import app.peach.client.model.ProgramResponse;
import app.peach.client.model.Progress;
import app.peach.client.model.ProjectionRequest;
import app.peach.client.model.ProjectionResponse;
import app.peach.client.model.Sex;
import app.peach.client.model.TargetsRequest;
import app.peach.client.model.TargetsResponse;
import app.peach.client.model.WeighIn;
import app.peach.client.model.WeighInRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * A coaching app's day, through the Java client that the build generated from the service's own OpenAPI document
 * (pom.xml: openapi-generator, library native), against the packaged service: every call typed, no casts, no
 * hand-written JSON. If the document and the service disagree, the generated client fails to read the answer.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = E2eAdminKey.class, restrictToAnnotatedClass = true)
class CoachingDayIT {
    @TestHTTPResource("/")
    URL service;

    private ApiClient client(String key) {
        ApiClient api = new ApiClient();
        api.updateBaseUri(service.toString().replaceAll("/$", ""));
        if (key != null) {
            api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return api;
    }

    @Test
    void shouldWalkACoachingAppsDayThroughTheGeneratedClient() throws Exception {
        ApiClient open = client(null);

        // energy: the README's worked example (Mifflin-St Jeor, woman 30 y, 65 kg, 165 cm, moderately active)
        EnergyResponse energy = new EnergyApi(open).calculateEnergy(new EnergyRequest().sex(Sex.FEMALE).age(30)
                .weightKg(65.0).heightCm(165.0).activityLevel(ActivityLevel.MODERATELY_ACTIVE));
        long bmr = energy.getBmrKcal(); // 10 × 65 + 6.25 × 165 − 5 × 30 − 161 = 1370.25
        long tdee = energy.getTdeeKcal(); // 1370.25 × 1.55 = 2123.9
        assertThat(bmr).isEqualTo(1370);
        assertThat(tdee).isEqualTo(2124);
        assertThat(energy.getFormula()).isEqualTo(Formula.MIFFLIN_ST_JEOR);
        assertThat(energy.getDietaryGuidelines().getKcal()).isEqualTo(2000); // DGA Table A2-2: female 26-30, moderately active
        assertThat(energy.getEstimates()).extracting(e -> e.getFormula()).contains(Formula.IOM_2005_EER, Formula.NASEM_2023_EER);

        // targets for bigger glutes: a modest surplus over the same maintenance
        TargetsResponse targets = new GoalsAndTargetsApi(open).calculateTargets(new TargetsRequest().sex(Sex.FEMALE).age(30)
                .weightKg(65.0).heightCm(165.0).activityLevel(ActivityLevel.MODERATELY_ACTIVE).goal(Goal.GLUTE_GROWTH));
        long maintenance = targets.getMaintenanceKcal();
        assertThat(maintenance).isEqualTo(tdee);
        assertThat(targets.getTargetKcal()).isGreaterThan(maintenance);
        assertThat(targets.getMacros().getProteinG()).isPositive();

        // exercises a client with a band can do for hip dips
        ExercisePage page = new ExercisesApi(open).listExercises(List.of(Equipment.RESISTANCE_BAND), Goal.HIP_DIPS,
                Level.BEGINNER, Muscle.GLUTEUS_MEDIUS, 0, 20, null);
        assertThat(page.getItems()).isNotEmpty();
        for (Exercise e : page.getItems()) {
            assertThat(EnumSet.of(Equipment.BODYWEIGHT, Equipment.RESISTANCE_BAND)).containsAll(e.getEquipment());
            assertThat(e.getGoals()).contains(Goal.HIP_DIPS);
        }

        // a three-day program in a barbell gym
        ProgramResponse program = new ProgramsApi(open).buildProgram(new ProgramRequest().goal(Goal.GLUTE_GROWTH)
                .level(Level.INTERMEDIATE).equipment(List.of(Equipment.BARBELL, Equipment.BENCH, Equipment.DUMBBELL))
                .daysPerWeek(3).weightKg(65.0));
        assertThat(program.getDays()).hasSize(7);
        assertThat(program.getDays().stream().filter(d -> d.getType() == DayType.STRENGTH)).hasSize(3);
        long weeklyKcal = program.getWeeklyExerciseKcal();
        assertThat(weeklyKcal).isPositive();

        // the published reference run of the Hall model: 90 kg man, −500 kcal/day, PAL 1.5 beside activityLevel
        ProjectionResponse projection = new ProjectionsApi(open).projectWeight(new ProjectionRequest().sex(Sex.MALE).age(40)
                .weightKg(90.0).heightCm(180.0).activityLevel(ActivityLevel.MODERATELY_ACTIVE).physicalActivityLevel(1.5)
                .dailyKcalChange(-500.0).days(364));
        assertThat(projection.getPhysicalActivityLevel()).isEqualTo(1.5);
        assertThat(projection.getFinalWeightKg()).isCloseTo(76.26, within(0.05));
        assertThat(projection.getStaticRule().getFinalWeightKg()).isCloseTo(90 - 500 * 364 / 7700.0, within(0.01));

        // the operator creates a coach (safe to retry with the same Idempotency-Key)
        String coachKey = UUID.randomUUID().toString();
        CoachRequest newCoach = new CoachRequest().name("Alex Coach").email(UUID.randomUUID() + "@example.com");
        CoachCreated coach = new AdminApi(client(E2eAdminKey.KEY)).createCoach(newCoach, coachKey);
        CoachCreated retried = new AdminApi(client(E2eAdminKey.KEY)).createCoach(newCoach, coachKey);
        assertThat(retried.getApiKey()).isEqualTo(coach.getApiKey());

        // the coach adds a client; "today" is the service's, read from the client's creation time
        ClientsApi clients = new ClientsApi(client(coach.getApiKey()));
        Client dana = clients.createClient(new ClientRequest().name("Dana R.").sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1994, 5, 17)).heightCm(165.0).activityLevel(ActivityLevel.LIGHTLY_ACTIVE)
                .goal(Goal.FAT_LOSS).level(Level.BEGINNER), UUID.randomUUID().toString());
        UUID id = dana.getId();
        LocalDate today = dana.getCreatedAt().toLocalDate();
        assertThat(dana.getNotes()).isNull();

        // two weeks of weigh-ins (−0.1 kg a day) and intake
        for (int i = 13; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            WeighIn w = clients.recordWeighIn(day, id, new WeighInRequest().weightKg(72.0 - 0.1 * (13 - i)));
            assertThat(w.getDate()).isEqualTo(day);
            clients.recordIntake(day, id, new IntakeRequest().kcal(1800).proteinG(110));
        }
        assertThat(clients.listWeighIns(id, today.minusDays(13), today)).hasSize(14);

        // progress: the trend, the rate it shows, the adaptive expenditure and today's targets
        Progress progress = clients.getProgress(id);
        int weighInDays = progress.getWeighInDays();
        assertThat(weighInDays).isEqualTo(14);
        assertThat(progress.getTrendWeightKg()).isBetween(70.0, 72.0);
        assertThat(progress.getObservedWeeklyRateKg()).isNegative();
        assertThat(progress.getAdaptiveTdeeKcal()).isNotNull();
        assertThat(progress.getTargets().getGoal()).isEqualTo(Goal.FAT_LOSS);

        // the dashboard shows her with the same verdict
        DashboardPage dashboard = clients.getDashboard(0, 20);
        assertThat(dashboard.getTotal()).isEqualTo(1L);
        DashboardEntry entry = dashboard.getItems().get(0);
        assertThat(entry.getClientId()).isEqualTo(id);
        assertThat(entry.getVerdict()).isEqualTo(progress.getVerdict());
    }
}
