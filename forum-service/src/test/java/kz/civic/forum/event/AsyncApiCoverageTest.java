package kz.civic.forum.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every event type forum-service publishes (the {@code TYPE} of each class in this package) has its message in
 * {@code contracts/asyncapi.yaml} and its JSON Schema in {@code contracts/events} (issue 16 item 17: the README
 * called them "still to come" although they were there; this keeps the two in step from now on).
 */
class AsyncApiCoverageTest {

    @Test
    void everyPublishedEventTypeIsInTheAsyncApiDocument() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path contracts = Path.of("..", "contracts");
        String asyncApi = Files.readString(contracts.resolve("asyncapi.yaml"));
        Path events = Path.of(AsyncApiCoverageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes").resolve("kz/civic/forum/event");
        List<String> types = new ArrayList<>();
        try (Stream<Path> classes = Files.list(events)) {
            for (Path file : classes.filter(f -> f.toString().endsWith("Event.class")).sorted().toList()) {
                String name = "kz.civic.forum.event." + file.getFileName().toString().replace(".class", "");
                types.add((String) Class.forName(name).getField("TYPE").get(null));
            }
        }
        assertEquals(6, types.size(), () -> "event types found: " + types);
        for (String type : types) {
            assertTrue(asyncApi.contains("const: " + type), type + " has no message in contracts/asyncapi.yaml");
            assertTrue(asyncApi.contains("$ref: ./events/" + type + ".json"), type + " has no payload schema reference");
            assertTrue(Files.isRegularFile(contracts.resolve("events").resolve(type + ".json")), type + " has no schema file");
        }
    }
}
