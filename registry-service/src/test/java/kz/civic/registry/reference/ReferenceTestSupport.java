package kz.civic.registry.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import kz.civic.registry.RegistryTestSupport;

/** Tokens, Kafka, schema and row-count helpers of the reference-data tests. */
final class ReferenceTestSupport {

    static final String TOPIC = "registry.government-bodies";

    private ReferenceTestSupport() {
    }

    static String token(String role) {
        return RegistryTestSupport.token(role);
    }

    /** The first event on registry.government-bodies with this record key and CloudEvents type (30 s at most). */
    static JsonNode awaitEvent(String key, String type) throws IOException {
        return RegistryTestSupport.events(TOPIC, key, type, 1).get(0);
    }

    static JsonSchema schema(String type) throws IOException {
        return RegistryTestSupport.schema(type);
    }

    static long count(DataSource dataSource, String sql, Object... args) throws SQLException {
        return RegistryTestSupport.count(dataSource, sql, args);
    }
}
