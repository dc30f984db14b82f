package app.peach.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Jackson's Blackbird module: record accessors and constructors are called through generated lambdas instead
 * of reflection ({@code Method.invoke} showed in every calculator's profile under load). It changes how
 * properties are reached, not what is written: the JSON tests and the contract checks read the same bodies.
 */
@Singleton
public class FastJsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
