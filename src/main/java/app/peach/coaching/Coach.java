package app.peach.coaching;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A coach: holds clients; authenticates with an API key stored only as its SHA-256 hash. */
@Entity
@Table(name = "coaches")
public class Coach {
    @Id
    UUID id;
    String name;
    String email;
    @Column(name = "api_key_hash")
    String apiKeyHash;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
}
