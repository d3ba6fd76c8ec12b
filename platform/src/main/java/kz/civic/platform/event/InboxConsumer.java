package kz.civic.platform.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the service's {@link EventHandler}s: one consumer thread, group id = application name,
 * manual offset commits after the records of each poll are applied. The records of a poll go through
 * {@link InboxProcessor} together (dedupe + effects in one transaction); if that fails, one by one (dedupe + effect in
 * one transaction each). A poison record goes to
 * {@code <topic>.dlq} with the reason in headers and consumption continues; a transient failure
 * (database unavailable) is retried from the same offset with back-off, so nothing is skipped.
 *
 * <p>Each attempt to apply a record is a CONSUMER span continuing the event's {@code traceparent}; the consumer's
 * Kafka client metrics (among them {@code kafka_consumer_fetch_manager_records_lag_max}, the consumer lag) and
 * {@code civic_inbox_events_total{topic,outcome}} (applied, skipped as duplicate or of no interest, dead-lettered)
 * are published on {@code /q/metrics}.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    private static final int POISON_AFTER_ATTEMPTS = 3;
    /** The attribute the gateway's server span carries the request id in, so one query finds both. */
    private static final AttributeKey<List<String>> REQUEST_ID = AttributeKey.stringArrayKey("http.request.header.x-request-id");

    private final Instance<EventHandler> handlers;
    private final InboxProcessor processor;
    private final Map<String, Object> kafkaConfig;
    private final String groupId;
    private final String deadLetterSuffix;
    private final Tracer tracer;
    private final MeterRegistry meters;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetters;
    private Thread thread;

    public InboxConsumer(Instance<EventHandler> handlers, InboxProcessor processor,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String groupId,
            @ConfigProperty(name = "civic.inbox.dead-letter-suffix") String deadLetterSuffix,
            Tracer tracer, MeterRegistry meters) {
        this.handlers = handlers;
        this.tracer = tracer;
        this.meters = meters;
        this.processor = processor;
        this.kafkaConfig = kafkaConfig;
        this.groupId = groupId;
        this.deadLetterSuffix = deadLetterSuffix;
    }

    void onStart(@Observes StartupEvent event) {
        Map<String, List<EventHandler>> byTopic = handlers.stream()
                .collect(Collectors.groupingBy(EventHandler::topic));
        if (byTopic.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(() -> run(byTopic), "inbox-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /**
     * Consumes until shutdown. Any failure of the Kafka client (a lost group membership, a failed
     * commit) closes the consumer and opens a new one after a pause: uncommitted records are read
     * again, and the inbox makes that harmless. The consumer never stays stopped.
     */
    private void run(Map<String, List<EventHandler>> byTopic) {
        deadLetters = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        try {
            createTopics(byTopic.keySet());
            while (running) {
                try {
                    consume(byTopic);
                } catch (WakeupException e) {
                    // shutting down
                } catch (RuntimeException e) {
                    LOG.warnf("inbox consumer %s restarts after: %s", groupId, e.toString());
                    sleep(1000);
                }
            }
        } finally {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    private void consume(Map<String, List<EventHandler>> byTopic) {
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer());
        KafkaClientMetrics clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(meters);
        try {
            consumer.subscribe(new TreeSet<>(byTopic.keySet()));
            LOG.infof("inbox consumer %s subscribed to %s", groupId, byTopic.keySet());
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
                if (records.count() > 1 && applyTogether(records, byTopic)) {
                    records.forEach(r -> applied.put(new TopicPartition(r.topic(), r.partition()),
                            new OffsetAndMetadata(r.offset() + 1)));
                    commit(applied);
                    continue;
                }
                for (ConsumerRecord<String, String> record : records) {
                    if (!applyWithRetry(record, byTopic.get(record.topic()))) {
                        commit(applied);
                        return;
                    }
                    applied.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                commit(applied);
            }
        } finally {
            clientMetrics.close();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * One commit per polled batch, not per record: a commit is a broker round trip (and a log write), which held the
     * consumer below 100 events/s. A crash before it only replays records the inbox already holds, without a second
     * effect.
     */
    private void commit(Map<TopicPartition, OffsetAndMetadata> applied) {
        if (!applied.isEmpty()) {
            consumer.commitSync(applied);
        }
    }

    /**
     * Creates the consumed topics and their dead-letter topics if they do not exist yet, so the
     * subscription sees them at once instead of after the next metadata refresh.
     */
    private void createTopics(Set<String> topics) {
        List<NewTopic> wanted = topics.stream()
                .flatMap(t -> java.util.stream.Stream.of(t, t + deadLetterSuffix))
                .map(t -> new NewTopic(t, Optional.empty(), Optional.empty()))
                .toList();
        try (Admin admin = Admin.create(filtered(AdminClientConfig.configNames()))) {
            admin.createTopics(wanted).values().values().forEach(f -> {
                try {
                    f.get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.debugf("topic not created now (consumption will pick it up later): %s", e.toString());
                    }
                }
            });
        }
    }

    /**
     * Applies the records of one poll in one transaction; false (nothing applied) when one of them is not a valid
     * event or fails, and then the caller applies them one by one.
     */
    private boolean applyTogether(ConsumerRecords<String, String> records, Map<String, List<EventHandler>> byTopic) {
        List<InboxProcessor.Delivery> deliveries = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                deliveries.add(new InboxProcessor.Delivery(record, processor.parse(record.value()),
                        byTopic.get(record.topic())));
            } catch (PoisonEventException e) {
                return false;
            }
        }
        List<Boolean> outcomes;
        try {
            outcomes = processor.processAll(groupId, deliveries, d -> startSpan(d.record(), d.event()));
        } catch (RuntimeException e) {
            LOG.infof("%d records of %s rolled back together, applied one by one now: %s", deliveries.size(), groupId,
                    e.toString());
            return false;
        }
        for (int i = 0; i < deliveries.size(); i++) {
            count(deliveries.get(i).record(), outcomes.get(i) ? "applied" : "skipped");
        }
        return true;
    }

    /** Applies one record; returns false only when the consumer is shutting down. */
    private boolean applyWithRetry(ConsumerRecord<String, String> record, List<EventHandler> topicHandlers) {
        CloudEvent event;
        try {
            event = processor.parse(record.value());
        } catch (PoisonEventException e) {
            deadLetter(record, e.getMessage());
            return true;
        }
        int attempt = 0;
        long backoffMs = 200;
        while (running) {
            attempt++;
            Span span = startSpan(record, event);
            try (Scope ignored = span.makeCurrent()) {
                count(record, processor.process(groupId, record, event, topicHandlers) ? "applied" : "skipped");
                return true;
            } catch (PoisonEventException e) {
                span.setStatus(StatusCode.ERROR, e.getMessage());
                deadLetter(record, e.getMessage());
                return true;
            } catch (RuntimeException e) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR);
                if (!isTransient(e) && attempt >= POISON_AFTER_ATTEMPTS) {
                    deadLetter(record, "handler failed " + attempt + " times: " + e);
                    return true;
                }
                LOG.warnf("event at %s-%d@%d not applied yet (attempt %d): %s", record.topic(), record.partition(),
                        record.offset(), attempt, e.toString());
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5000);
            } finally {
                span.end();
            }
        }
        return false;
    }

    /** A CONSUMER span (OpenTelemetry messaging conventions) whose parent is the span that wrote the event. */
    private Span startSpan(ConsumerRecord<String, String> record, CloudEvent event) {
        SpanBuilder span = tracer.spanBuilder("process " + record.topic())
                .setParent(Traces.parent(event.traceparent()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.name", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", groupId)
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("cloudevents.event_type", event.type());
        if (event.requestid() != null) {
            span.setAttribute(REQUEST_ID, List.of(event.requestid()));
        }
        return span.startSpan();
    }

    private void count(ConsumerRecord<String, String> record, String outcome) {
        meters.counter("civic.inbox.events", "topic", record.topic(), "outcome", outcome).increment();
    }

    /** Database unavailability is retried for as long as it lasts; other failures are not. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("event at %s-%d@%d sent to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), reason);
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + deadLetterSuffix, record.key(),
                record.value());
        record.headers().forEach(h -> dead.headers().add(h));
        dead.headers().add("dlq-reason", reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlq-original-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlq-original-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlq-original-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add("dlq-consumer", groupId.getBytes(StandardCharsets.UTF_8));
        try {
            deadLetters.send(dead).get(30, TimeUnit.SECONDS);
            count(record, "dead-lettered");
        } catch (Exception e) {
            // Not acknowledged by Kafka: do not move past the record; it is retried.
            throw new IllegalStateException("dead-letter topic unavailable", e);
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> c = filtered(ConsumerConfig.configNames());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        c.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        return c;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> c = filtered(ProducerConfig.configNames());
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return c;
    }

    private Map<String, Object> filtered(Set<String> names) {
        Map<String, Object> c = new HashMap<>(kafkaConfig);
        c.keySet().removeIf(k -> !names.contains(k));
        return c;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
