package app.peach.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import app.peach.coaching.Client;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TraversablePropertiesTest {
    @Inject
    ValidatorFactory validation;

    @Test
    void shouldBeTheResolverOfTheValidatorFactory() {
        assertThat(validation.getTraversableResolver()).isInstanceOf(TraversableProperties.class);
    }

    @Test
    void shouldReachEveryPropertyOfARequestAndTheLoadedPropertiesOfAnEntity() {
        var resolver = new TraversableProperties();
        record Body(Double weightKg) {
        }
        assertThat(reachable(resolver, new Body(65.0), "weightKg")).isTrue();
        assertThat(resolver.isReachable(null, null, Body.class, null, null)).isTrue();
        assertThat(resolver.isCascadable(new Body(65.0), null, Body.class, null, null)).isTrue();
        // a new entity (not a proxy, nothing lazy) has every property loaded
        assertThat(reachable(resolver, new Client(), "name")).isTrue();
    }

    @Test
    void shouldStillValidateNestedRequestFields() {
        given().contentType("application/json")
                .body("""
                        {"sex":"female","age":30,"weightKg":65,"heightCm":165,"goal":"fat_loss",
                         "trainingDays":[{"day":9,"muscleGroups":["gluteus_maximus"]}]}""")
                .post("/api/v1/safety/evaluate")
                .then().statusCode(400).body("violations.field", hasItem("trainingDays[0].day"));
    }

    private static boolean reachable(TraversableProperties resolver, Object entity, String property) {
        jakarta.validation.Path.Node node = new jakarta.validation.Path.Node() {
            public String getName() {
                return property;
            }

            public boolean isInIterable() {
                return false;
            }

            public Integer getIndex() {
                return null;
            }

            public Object getKey() {
                return null;
            }

            public jakarta.validation.ElementKind getKind() {
                return jakarta.validation.ElementKind.PROPERTY;
            }

            public <T extends jakarta.validation.Path.Node> T as(Class<T> nodeType) {
                return nodeType.cast(this);
            }
        };
        return resolver.isReachable(entity, node, entity.getClass(), null, java.lang.annotation.ElementType.FIELD);
    }
}
