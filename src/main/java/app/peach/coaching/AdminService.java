package app.peach.coaching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.peach.vocabulary.InvalidInput;

@ApplicationScoped
public class AdminService {
    private final CoachRepository coaches;
    private final Clock clock;

    AdminService(CoachRepository coaches, Clock clock) {
        this.coaches = coaches;
        this.clock = clock;
    }

    @Transactional
    public CoachCreated createCoach(CoachRequest r) {
        String email = r.email().strip();
        if (coaches.emailTaken(email)) {
            throw new InvalidInput("email", "a coach with this email already exists");
        }
        String key = ApiKeys.newKey();
        Coach c = new Coach();
        c.id = UUID.randomUUID();
        c.name = r.name().strip();
        c.email = email;
        c.apiKeyHash = ApiKeys.hash(key);
        c.createdAt = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        coaches.persist(c);
        return new CoachCreated(c.id, c.name, key);
    }
}
