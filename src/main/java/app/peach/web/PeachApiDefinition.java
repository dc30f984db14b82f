package app.peach.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenAPI document's front page: what Peach is, who to ask, and the tags operations are grouped by. */
@OpenAPIDefinition(
        info = @Info(
                title = "Peach API",
                version = "1.0.0",
                description = """
                        Energy needs, goal-specific calorie and macro targets, safety validation and glute-training \
                        programs for fitness-coaching apps. Every number traces to a published formula or table: \
                        each response names its formula, and each safety finding names its source.

                        Conventions: body metrics are metric (`weightKg`, `heightCm`) or the imperial pair \
                        (`weightLb`, `heightIn`), exactly one of each pair. Energy is kcal/day rounded to whole kcal. \
                        Every 4xx/5xx body is RFC 9457 `application/problem+json` with `violations[{field, message}]` \
                        for invalid input.""",
                contact = @Contact(name = "Peach API team", email = "api@peach.app", url = "https://peach.app"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Energy", description = "BMR and TDEE by the standard formulas; Dietary Guidelines calorie needs"),
                @Tag(name = "Goals and targets", description = "The goal catalog; calories and macros for a glute-training goal"),
                @Tag(name = "Safety", description = "Safety validation of a plan: every finding names its source"),
                @Tag(name = "Exercises", description = "The glute, core, mobility and cardio exercise catalog"),
                @Tag(name = "Programs", description = "Weekly training plans built from the catalog"),
                @Tag(name = "Projections", description = "Weight over time by the Hall dynamic energy-balance model"),
                @Tag(name = "Clients", description = "A coach's clients, their logs, progress and dashboard (coach key)"),
                @Tag(name = "Admin", description = "Operator endpoints (admin key)"),
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A coach's API key (or the operator's admin key for /admin)")
public class PeachApiDefinition extends Application {
}
