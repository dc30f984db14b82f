package app.peach.goals;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.peach.vocabulary.Goal;
import io.quarkus.runtime.StartupEvent;

/** The goal catalog, read once at start-up (it changes only with a migration) and served from memory. */
@ApplicationScoped
public class GoalCatalog {
    private final EntityManager em;
    private volatile Map<Goal, GoalPolicy> policies;
    private volatile List<GoalView> views;

    GoalCatalog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        List<GoalRow> rows = em.createQuery("from GoalRow", GoalRow.class).getResultList().stream()
                .sorted(Comparator.comparingInt(r -> r.sortOrder)).toList();
        Map<Goal, GoalPolicy> byGoal = new EnumMap<>(Goal.class);
        rows.forEach(r -> byGoal.put(r.toPolicy().goal(), r.toPolicy()));
        for (Goal g : Goal.values()) {
            if (!byGoal.containsKey(g)) {
                throw new IllegalStateException("goal catalog has no row for " + g.apiValue());
            }
        }
        policies = byGoal;
        views = rows.stream().map(GoalRow::toView).toList();
    }

    public GoalPolicy policy(Goal goal) {
        return policies.get(goal);
    }

    public List<GoalView> all() {
        return views;
    }
}
