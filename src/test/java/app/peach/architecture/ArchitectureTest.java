package app.peach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of the code layout (README, "Code layout"): one package per feature under {@code app.peach},
 * no cycles between them, and the calculation code (formulas, rules, the program builder, the projection model,
 * the progress calculator, the shared vocabulary) free of the web edge, the database and the frameworks, so
 * that a plain unit test exercises it.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.peach");
    }

    @Test
    void shouldHaveNoCyclesBetweenFeaturePackages() {
        ArchRule rule = slices().matching("app.peach.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void shouldKeepCalculationCodeFreeOfFrameworks() {
        ArchRule rule = noClasses().that(PURE_CALCULATION)
                .should().dependOnClassesThat().resideInAnyPackage("app.peach.web..", "app.peach.db..", "jakarta..",
                        "io.quarkus..", "io.vertx..", "org.hibernate..", "io.smallrye..")
                .because("formulas, rules and builders are plain Java, tested without booting the service");
        rule.check(classes);
    }

    @Test
    void shouldKeepTheVocabularyFreeOfFeaturesAndFrameworks() {
        noClasses().that().resideInAPackage("app.peach.vocabulary..")
                .should().dependOnClassesThat().resideOutsideOfPackages("app.peach.vocabulary..", "java..",
                        "com.fasterxml.jackson.annotation..", "org.eclipse.microprofile.openapi.annotations..")
                .because("features meet through the vocabulary, so it can depend on none of them")
                .check(classes);
    }

    /** The program builder and its parts: everything in {@code programs} but the HTTP and service edge. */
    private static boolean isProgramBuilderPart(JavaClass c) {
        String top = c.isNestedClass() ? c.getEnclosingClass().orElseThrow().getSimpleName() : c.getSimpleName();
        return c.getPackageName().equals("app.peach.programs")
                && !top.matches(".*(Resource|Service|Request|Examples)");
    }

    /** The classes that hold calculation: by package (rules, vocabulary) or by the role their name says. */
    private static final DescribedPredicate<JavaClass> PURE_CALCULATION = new DescribedPredicate<>(
            "calculation code (formulas, rules, builders, models, calculators, vocabulary)") {
        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            String name = c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName();
            return pkg.startsWith("app.peach.vocabulary") || pkg.startsWith("app.peach.safety.rules")
                    || pkg.startsWith("app.peach.training.rules") || name.equals("TrainingBlock")
                    || name.endsWith("Calculator") || name.endsWith("Planner") || name.endsWith("Model")
                    || name.endsWith("Equation") || isProgramBuilderPart(c)
                    || c.isAssignableTo("app.peach.energy.EnergyEquation")
                    || name.equals("Plan") || name.equals("SafetyRules") || name.equals("GoalPolicy");
        }
    };
}
