package kz.civic.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.civic.gateway.routing.RouteTable;
import org.junit.jupiter.api.Test;

class ServiceDocumentsTest {

    private static final RouteTable.Backend REGISTRY = backend("registry");
    private static final RouteTable.Backend FORUM = backend("forum");

    private final Map<String, Future<ObjectNode>> answers = new HashMap<>();
    private final Map<String, Integer> asked = new HashMap<>();
    private final AtomicLong now = new AtomicLong();
    private final ServiceDocuments documents = new ServiceDocuments(List.of(REGISTRY, FORUM), backend -> {
        asked.merge(backend.name(), 1, Integer::sum);
        return answers.get(backend.name());
    }, Duration.ofSeconds(10), now::get);

    @Test
    void aFailedRefreshKeepsThePreviousCopy() {
        answers.put("registry", Future.succeededFuture(document("v1")));
        answers.put("forum", Future.succeededFuture(document("f1")));
        documents.refresh();
        answers.put("registry", Future.failedFuture("connection refused"));
        answers.put("forum", Future.succeededFuture(document("f2")));
        documents.refresh();
        SortedMap<String, ObjectNode> current = current();
        assertEquals("v1", current.get("registry").path("info").path("version").asText());
        assertEquals("f2", current.get("forum").path("info").path("version").asText());
    }

    @Test
    void aMissingDocumentIsLeftOutAndAskedForAgainOnDemandAtMostOncePerInterval() {
        answers.put("registry", Future.succeededFuture(document("v1")));
        answers.put("forum", Future.failedFuture("connection refused"));
        documents.refresh();
        assertEquals(List.of("registry"), List.copyOf(current().keySet()));
        assertEquals(1, asked.get("forum"), "asked at the refresh, not again right away");

        now.addAndGet(Duration.ofSeconds(11).toNanos());
        answers.put("forum", Future.succeededFuture(document("f1")));
        assertEquals(List.of("forum", "registry"), List.copyOf(current().keySet()));
        assertEquals(2, asked.get("forum"));
        assertEquals(1, asked.get("registry"), "a document held is not fetched on demand");
    }

    private SortedMap<String, ObjectNode> current() {
        return documents.current().toCompletionStage().toCompletableFuture().join();
    }

    private static ObjectNode document(String version) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.putObject("info").put("version", version);
        return document;
    }

    private static RouteTable.Backend backend(String name) {
        return new RouteTable.Backend(name, "127.0.0.1", 1, false, Duration.ofSeconds(1));
    }
}
