package app.peach.safety;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes the rule-code table into the OpenAPI descriptions of {@code /safety/evaluate} and {@code /targets},
 * from {@link SafetyRules#ALL} itself, so the document always lists every code the service can return.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SafetyRulesDocumentation implements OASFilter {
    static final String TARGET_CODES = """

            Findings that /targets adds when it adjusts what was asked: `TARGET_RAISED_TO_FLOOR` (warning: \
            clamped to the calorie floor), `NO_DEFICIT_AT_FLOOR` (warning: maintenance already at or under the floor), \
            `NO_DEFICIT_UNDERWEIGHT` (warning: BMI under 18.5, no deficit planned), `LOSS_RATE_CAPPED` and \
            `DEFICIT_CAPPED` (info: pace held at 0.9 kg/week or 1,000 kcal/day), `RATE_ADJUSTED_TO_GOAL` (info: the \
            weekly rate was moved into the goal's range), `PROTEIN_CAPPED_AT_AMDR` (info: protein held at 35 % of \
            energy), `CARBS_BELOW_AMDR` (info: carbohydrate under 45 % of energy), `TARGET_WEIGHT_UNDERWEIGHT` \
            (warning), `TARGET_WEIGHT_NOT_APPROACHED` (info).""";

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if ("evaluateSafety".equals(id) || "calculateTargets".equals(id)) {
            StringBuilder table = new StringBuilder(operation.getDescription() == null ? "" : operation.getDescription());
            table.append("\n\n| Rule code | Severity | Meaning | Source |\n|---|---|---|---|\n");
            for (SafetyRule rule : SafetyRules.ALL) {
                table.append("| `").append(rule.code()).append("` | ").append(rule.severity().apiValue()).append(" | ")
                        .append(rule.meaning()).append(" | ").append(rule.source().replace("|", "/")).append(" |\n");
            }
            if ("calculateTargets".equals(id)) {
                table.append(TARGET_CODES);
            }
            operation.setDescription(table.toString());
        }
        return operation;
    }
}
