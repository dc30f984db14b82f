package app.peach.coaching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Clients, always scoped to their coach: another coach's client is simply not found. */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    public Optional<Client> findOwned(UUID coachId, UUID clientId) {
        return find("id = ?1 and coachId = ?2", clientId, coachId).firstResultOptional();
    }

    public List<Client> page(UUID coachId, int page, int size) {
        return find("coachId", Sort.by("name").and("id"), coachId).page(page, size).list();
    }

    public List<Client> allOf(UUID coachId) {
        return list("coachId", Sort.by("name").and("id"), coachId);
    }

    public long countOf(UUID coachId) {
        return count("coachId", coachId);
    }
}
