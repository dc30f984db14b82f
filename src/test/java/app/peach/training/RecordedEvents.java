package app.peach.training;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import app.peach.vocabulary.ClientEvent;

/** Test observer: every ClientEvent fired, and whether a transaction was active when it was fired. */
@ApplicationScoped
public class RecordedEvents {
    public record Seen(ClientEvent event, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final TransactionManager transactions;

    RecordedEvents(TransactionManager transactions) {
        this.transactions = transactions;
    }

    void on(@Observes ClientEvent event) throws SystemException {
        seen.add(new Seen(event, transactions.getStatus() == Status.STATUS_ACTIVE));
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }
}
