package app.peach;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.peach.vocabulary.ClientEvent;

/** Test observer: every ClientEvent fired during the run, in order (the webhooks outbox observes the same way). */
@ApplicationScoped
public class RecordedEvents {
    private static final List<ClientEvent> EVENTS = new CopyOnWriteArrayList<>();

    void on(@Observes ClientEvent event) {
        EVENTS.add(event);
    }

    public static List<ClientEvent> of(String clientId) {
        return EVENTS.stream().filter(e -> e.clientId().toString().equals(clientId)).toList();
    }
}
