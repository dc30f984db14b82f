package app.peach.web;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseCatalog;
import app.peach.programs.PlannedExercise;
import app.peach.programs.ProgramDay;
import app.peach.programs.ProgramResponse;
import app.peach.vocabulary.Finding;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How the service's ObjectMapper writes JSON fast, kept at the HTTP edge so that domain types carry no speed
 * tricks. It changes how bytes are produced, never which: the JSON tests and the contract checks read the
 * same bodies.
 * <ul>
 * <li>Blackbird: record accessors and constructors through generated lambdas instead of reflection
 * ({@code Method.invoke} showed in every calculator's profile under load).</li>
 * <li>{@link ConstantText} for strings from small fixed sets (exercise names, plan notes): written from bytes
 * encoded once.</li>
 * <li>{@link FindingText} for safety findings: their six fields in order, codes and sources as constant text.</li>
 * <li>{@link PlannedExerciseText} for a program's exercises: their seven fields in order, texts as constant text.</li>
 * <li>Catalog exercises are copied from the JSON the {@link ExerciseCatalog} encoded when it loaded.</li>
 * <li>{@link HundredthsText} for doubles: rounded values are written from their digits.</li>
 * <li>{@link WireValueText} for the contract's enums: each constant's wire value encoded once.</li>
 * </ul>
 */
@Singleton
public class JsonEdge implements ObjectMapperCustomizer {
    private final Instance<ExerciseCatalog> catalog;

    JsonEdge(Instance<ExerciseCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
        mapper.addMixIn(ProgramDay.class, ProgramDayText.class);
        mapper.addMixIn(ProgramResponse.class, ProgramResponseText.class);
        SimpleModule catalogExercises = new SimpleModule("catalog-exercises");
        catalogExercises.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                    JsonSerializer<?> standard) {
                return bean.getBeanClass() == Exercise.class
                        ? new CatalogExerciseSerializer((JsonSerializer<Object>) standard, this::encoded)
                        : standard;
            }

            private com.fasterxml.jackson.core.io.SerializedString encoded(Exercise e) {
                return catalog.get().encoded(e);
            }
        });
        mapper.registerModule(catalogExercises);
        SimpleModule hundredths = new SimpleModule("hundredths");
        hundredths.addSerializer(Double.class, new HundredthsText());
        hundredths.addSerializer(Double.TYPE, new HundredthsText());
        mapper.registerModule(hundredths);
        mapper.registerModule(new SimpleModule("findings").addSerializer(Finding.class, new FindingText()));
        mapper.registerModule(new SimpleModule("planned-exercises")
                .addSerializer(PlannedExercise.class, new PlannedExerciseText()));
        SimpleModule wireValues = new SimpleModule("wire-values");
        wireValues.setSerializers(new WireValueText.ForWireEnums());
        mapper.registerModule(wireValues);
    }

    abstract static class ProgramDayText {
        @JsonSerialize(using = ConstantText.class)
        abstract String focus();
    }

    abstract static class ProgramResponseText {
        @JsonSerialize(contentUsing = ConstantText.class)
        abstract List<String> progression();
    }
}
