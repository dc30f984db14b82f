package app.peach.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
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
                        for invalid input. Every response field the server always sends is `required`; a field that \
                        can be null says so, and is sent as an explicit null. POSTs that create something take an \
                        `Idempotency-Key` header: the same key with the same body within 24 hours answers the first \
                        response again (`Idempotent-Replayed: true`) and creates nothing. Every /api response carries \
                        `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; over the limit, 429 with \
                        `Retry-After`.""",
                contact = @Contact(name = "Peach API team", email = "api@peach.app", url = "https://peach.app"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "This server (the one serving this document)"),
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
@SecurityScheme(securitySchemeName = PeachApiDefinition.COACH_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A coach's API key (`pk_…`, from POST /api/v1/admin/coaches), as `Authorization: Bearer <key>`")
@SecurityScheme(securitySchemeName = PeachApiDefinition.ADMIN_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operator's admin key (peach.admin-key / PEACH_ADMIN_KEY), as `Authorization: Bearer <key>`")
public class PeachApiDefinition extends Application {
    /** Security scheme of a coach's key: operations take it with {@code @SecurityRequirement(name = "bearer")}. */
    public static final String COACH_SCHEME = "bearer";
    /** Security scheme of the operator's admin key. */
    public static final String ADMIN_SCHEME = "adminKey";
}
