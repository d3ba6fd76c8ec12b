package kz.civic.platform.event;

import java.util.Set;

/**
 * A consumer of one topic. Implementations are CDI beans; {@link InboxConsumer} calls
 * {@link #handle} inside a transaction that also records the event id, so an event already applied
 * is never applied again. Throw {@link PoisonEventException} for an event that can never succeed.
 */
public interface EventHandler {

    /** The topic this handler consumes. */
    String topic();

    /** Event types this handler applies; other types on the topic are skipped. */
    Set<String> types();

    /** Applies the event; runs inside the inbox transaction. */
    void handle(CloudEvent event);
}
