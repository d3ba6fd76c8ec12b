package kz.civic.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The event contracts in {@code contracts/events} (JSON Schema draft-07), read from a module's directory. */
public final class EventContracts {

    private EventContracts() {
    }

    /** The schema of one CloudEvents type. */
    public static JsonSchema schema(String type) {
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/" + type + ".json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of {@code event} against the schema of {@code type}; empty when it conforms. */
    public static Set<ValidationMessage> violations(String type, JsonNode event) {
        return schema(type).validate(event);
    }

    /** Fails unless the event conforms to the contract of its own {@code type}. */
    public static void assertConforms(JsonNode event) {
        String type = event.path("type").asText();
        Set<ValidationMessage> errors = violations(type, event);
        if (!errors.isEmpty()) {
            throw new AssertionError(type + " violates its contract: " + errors);
        }
    }
}
