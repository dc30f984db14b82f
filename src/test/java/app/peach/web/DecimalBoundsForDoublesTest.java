package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.hibernate.validator.internal.constraintvalidators.bv.number.bound.decimal.DecimalMaxValidatorForDouble;
import org.hibernate.validator.internal.constraintvalidators.bv.number.bound.decimal.DecimalMinValidatorForDouble;
import org.junit.jupiter.api.Test;

class DecimalBoundsForDoublesTest {

    /** The API's bounds, a bound no double equals, one between two doubles' decimals, and exclusive ones. */
    @SuppressWarnings("unused")
    private static final class Bounds {
        @DecimalMin("30") @DecimalMax("300") Double weight;
        @DecimalMin("-5") @DecimalMax("5") Double rate;
        @DecimalMin("1.2") @DecimalMax("2.5") Double pal;
        @DecimalMin("0") @DecimalMax("20000") Double kcal;
        @DecimalMin("0.1") @DecimalMax("0.1") Double tenth;
        @DecimalMin("0.10000000000000000001") @DecimalMax("0.09999999999999999999") Double nearTenth;
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", inclusive = false) Double exclusive;
        @DecimalMin(value = "-0.45", inclusive = false) @DecimalMax(value = "-0.45", inclusive = false) Double negative;
    }

    @Test
    void shouldDecideEveryValueAsHibernateValidatorDoes() throws Exception {
        Random random = new Random(7);
        for (Field field : Bounds.class.getDeclaredFields()) {
            DecimalMin min = field.getAnnotation(DecimalMin.class);
            DecimalMax max = field.getAnnotation(DecimalMax.class);
            var fastMin = new DecimalBoundsForDoubles.Min();
            fastMin.initialize(min);
            var fastMax = new DecimalBoundsForDoubles.Max();
            fastMax.initialize(max);
            var hvMin = new DecimalMinValidatorForDouble();
            hvMin.initialize(min);
            var hvMax = new DecimalMaxValidatorForDouble();
            hvMax.initialize(max);
            for (Double v : values(new BigDecimal(min.value()), new BigDecimal(max.value()), random)) {
                assertThat(fastMin.isValid(v, null)).as("%s >= %s", v, min.value()).isEqualTo(hvMin.isValid(v, null));
                assertThat(fastMax.isValid(v, null)).as("%s <= %s", v, max.value()).isEqualTo(hvMax.isValid(v, null));
            }
        }
    }

    @Test
    void shouldKeepTheBoundsOfTheApi() {
        var min = new DecimalBoundsForDoubles.Min();
        min.initialize(field("pal").getAnnotation(DecimalMin.class));
        assertThat(min.isValid(1.2, null)).isTrue();
        assertThat(min.isValid(Math.nextDown(1.2), null)).isFalse();
        assertThat(min.isValid(null, null)).isTrue();
        assertThat(min.isValid(Double.NaN, null)).isFalse();
        var exclusive = new DecimalBoundsForDoubles.Min();
        exclusive.initialize(field("exclusive").getAnnotation(DecimalMin.class));
        assertThat(exclusive.isValid(0.0, null)).isFalse();
        assertThat(exclusive.isValid(Double.MIN_VALUE, null)).isTrue();
    }

    private static List<Double> values(BigDecimal low, BigDecimal high, Random random) {
        List<Double> values = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE));
        for (BigDecimal bound : List.of(low, high)) {
            double d = bound.doubleValue();
            values.addAll(List.of(d, Math.nextUp(d), Math.nextDown(d), Math.nextUp(Math.nextUp(d)), d + 1e-9, d - 1e-9));
            for (int i = 0; i < 2000; i++) {
                values.add(d + (random.nextDouble() - 0.5) * Math.max(1, Math.abs(d)));
                values.add(Math.round((d + random.nextGaussian()) * 100) / 100.0);
            }
        }
        values.add(null);
        return values;
    }

    private static Field field(String name) {
        try {
            return Bounds.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
