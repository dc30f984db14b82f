package app.peach.web;

import java.lang.annotation.ElementType;

import jakarta.inject.Singleton;
import jakarta.persistence.Entity;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import org.hibernate.Hibernate;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Which properties Bean Validation may read. With Hibernate ORM present, Quarkus asks ORM for every property
 * of every validated object whether it is loaded (lazy loading), and Hibernate Validator caches those answers
 * in a map per validation; together that was half the cost of validating a request body under load. Request
 * bodies are plain records, never entities, so everything is reachable; an entity's property is reachable only
 * when ORM has loaded it, as before. The per-validation cache is off because the answer is now cheap.
 */
@Singleton
public class TraversableProperties implements ValidatorFactoryCustomizer, TraversableResolver {
    private static final ClassValue<Boolean> ENTITY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(Entity.class)) {
                    return true;
                }
            }
            return false;
        }
    };

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.traversableResolver(this).enableTraversableResolverResultCache(false);
    }

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return traversableObject == null || !ENTITY.get(traversableObject.getClass())
                || Hibernate.isPropertyInitialized(traversableObject, traversableProperty.getName());
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
