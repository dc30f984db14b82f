package app.peach.coaching;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CoachRepository implements PanacheRepositoryBase<Coach, UUID> {

    public Optional<Coach> findByKeyHash(String hash) {
        return find("apiKeyHash", hash).firstResultOptional();
    }

    public boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
