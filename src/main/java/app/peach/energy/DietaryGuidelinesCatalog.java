package app.peach.energy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.peach.vocabulary.Sex;
import io.quarkus.runtime.StartupEvent;

/**
 * The Dietary Guidelines Table A2-2, read from Postgres once at start-up and served from memory: the
 * catalog changes only with a migration, so calculators never query the database per request.
 */
@ApplicationScoped
public class DietaryGuidelinesCatalog {
    private final EntityManager em;
    private volatile Map<Sex, Map<DgaActivityLevel, TreeMap<Integer, CalorieNeedsRow>>> rows;

    DietaryGuidelinesCatalog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        List<CalorieNeedsRow> all = em.createQuery("from CalorieNeedsRow", CalorieNeedsRow.class).getResultList();
        Map<Sex, Map<DgaActivityLevel, TreeMap<Integer, CalorieNeedsRow>>> index = new EnumMap<>(Sex.class);
        for (CalorieNeedsRow r : all) {
            em.detach(r);
            index.computeIfAbsent(r.sex(), s -> new EnumMap<>(DgaActivityLevel.class))
                    .computeIfAbsent(r.activityLevel(), l -> new TreeMap<>())
                    .put(r.ageFrom(), r);
        }
        rows = index;
    }

    /** The row whose age band holds {@code age} ("76 and up" serves every older age); empty under age 2. */
    public Optional<CalorieNeedsRow> find(Sex sex, int age, DgaActivityLevel level) {
        var byAge = rows.getOrDefault(sex, Map.of()).get(level);
        if (byAge == null) {
            return Optional.empty();
        }
        var entry = byAge.floorEntry(age);
        if (entry == null) {
            return Optional.empty();
        }
        CalorieNeedsRow row = entry.getValue();
        return row.ageTo() == null || age <= row.ageTo() ? Optional.of(row) : Optional.empty();
    }
}
