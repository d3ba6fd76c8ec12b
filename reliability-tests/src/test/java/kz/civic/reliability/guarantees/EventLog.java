package kz.civic.reliability.guarantees;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.civic.e2e.StackIT;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The running stack's Kafka seen from outside: what the services' consumer groups read, and how far they are. */
final class EventLog {

    /** The consumer groups of the services (group id = application name, platform's InboxConsumer). */
    static final List<String> GROUPS = List.of("forum-service", "procurement-service");

    private EventLog() {
    }

    static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
    }

    private static String bootstrap() {
        return StackIT.stack.kafka().bootstrapServers();
    }

    /** The partitions assigned to the groups' members now: what the services consume. */
    static Set<TopicPartition> consumed(Admin admin, Collection<String> groups) {
        Set<TopicPartition> partitions = new java.util.HashSet<>();
        for (ConsumerGroupDescription group : get(admin.describeConsumerGroups(groups).all()).values()) {
            for (MemberDescription member : group.members()) {
                partitions.addAll(member.assignment().topicPartitions());
            }
        }
        return partitions;
    }

    static Set<String> topics(Collection<TopicPartition> partitions) {
        Set<String> topics = new TreeSet<>();
        partitions.forEach(p -> topics.add(p.topic()));
        return topics;
    }

    static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        get(admin.listOffsets(latest).all()).forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
    }

    /** The sum over the partitions of each topic of its end offset (records ever written), by topic. */
    static Map<String, Long> written(Admin admin, Collection<String> topics) {
        Map<String, Long> written = new HashMap<>();
        Set<TopicPartition> partitions = new java.util.HashSet<>();
        get(admin.describeTopics(topics).allTopicNames()).forEach((name, d) -> d.partitions()
                .forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        endOffsets(admin, partitions).forEach((p, end) -> written.merge(p.topic(), end, Long::sum));
        return written;
    }

    /**
     * Waits until every group has committed, on every partition it consumes, the partition's end offset as it is
     * now (consumer lag 0): everything written so far has been applied. Returns the number of records they had
     * still to apply when called.
     */
    static long awaitConsumed(Admin admin, Duration atMost) {
        Map<TopicPartition, Long> ends = endOffsets(admin, consumed(admin, GROUPS));
        long[] behind = {-1};
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
            long lag = 0;
            for (String group : GROUPS) {
                Set<TopicPartition> partitions = consumed(admin, List.of(group));
                if (partitions.isEmpty()) {
                    return false; // rebalancing: no member holds the partitions right now
                }
                Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata());
                for (TopicPartition p : partitions) {
                    long end = ends.computeIfAbsent(p, q -> endOffsets(admin, List.of(q)).get(q));
                    OffsetAndMetadata at = committed.get(p);
                    lag += Math.max(0, end - (at == null ? 0 : at.offset()));
                }
            }
            if (behind[0] < 0) {
                behind[0] = lag;
            }
            return lag == 0;
        });
        return behind[0];
    }

    /** Every record of the topics from offset 0 up to their end offsets as they are now. */
    static List<ConsumerRecord<String, String>> readAll(Admin admin, Collection<String> topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(t -> consumer.partitionsFor(t).forEach(i -> partitions.add(new TopicPartition(t, i.partition()))));
            Map<TopicPartition, Long> ends = endOffsets(admin, partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " to their ends " + ends);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                });
            }
        }
        return records;
    }

    /** Sends the records (acks=all, idempotent producer) and waits for every acknowledgement. */
    static void produce(List<ProducerRecord<String, String>> records) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            records.forEach(r -> sent.add(producer.send(r)));
            producer.flush();
            for (java.util.concurrent.Future<?> f : sent) {
                get(f);
            }
        }
    }

    /** The record as it was, to the same topic and partition: an exact duplicate (same key, value, headers). */
    static ProducerRecord<String, String> again(ConsumerRecord<String, String> r) {
        return new ProducerRecord<>(r.topic(), r.partition(), r.key(), r.value(), r.headers());
    }

    static <T> T get(java.util.concurrent.Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
