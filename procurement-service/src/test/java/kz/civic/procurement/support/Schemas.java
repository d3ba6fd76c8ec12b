package kz.civic.procurement.support;

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

/** The event contracts in {@code contracts/events} (JSON Schema draft-07). */
public final class Schemas {

    private Schemas() {
    }

    /** The violations of {@code event} against the schema of its type; empty when it conforms. */
    public static Set<ValidationMessage> violations(String type, JsonNode event) {
        try (InputStream in = Files.newInputStream(Path.of("../contracts/events/" + type + ".json"))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            return schema.validate(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
