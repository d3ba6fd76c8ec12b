package kz.civic.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The routing table of the gateway's README lists exactly the prefixes {@code application.properties} routes, each
 * with its backend (issue 16 item 17: {@code /api/v1/contracts} was routed but missing from the table).
 */
class ReadmeRoutingTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(/api/[^`]+)` \\| ([a-z]+)-service \\|", Pattern.MULTILINE);
    private static final Pattern PREFIXES = Pattern.compile("gateway\\.backends\\.([a-z]+)\\.prefixes");

    @Test
    void theReadmeTableListsEveryConfiguredPrefixWithItsBackend() throws IOException {
        Properties config = new Properties();
        try (InputStream in = ReadmeRoutingTableTest.class.getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        TreeMap<String, String> configured = new TreeMap<>();
        for (String key : config.stringPropertyNames()) {
            Matcher m = PREFIXES.matcher(key);
            if (m.matches()) {
                Arrays.stream(config.getProperty(key).split(",")).map(String::strip)
                        .forEach(prefix -> configured.put(prefix, m.group(1)));
            }
        }
        assertFalse(configured.isEmpty(), "no gateway.backends.*.prefixes in application.properties");
        TreeMap<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertEquals(configured, documented, "README.md's routing table (prefix → backend) against application.properties");
    }
}
