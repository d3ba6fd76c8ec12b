package kz.civic.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.civic.infra.testing.NodeTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client the build generates from the merged document ({@code typescript-fetch}, into
 * {@code target/typescript-client}, see the pom): it compiles with {@code tsc --strict}; no API method answers
 * {@code any} or {@code object} and no model property is one, except the operations still listed in gateway's
 * {@code untyped-success-answers.txt} (so the check tightens as that list empties); and dates and sets survive a
 * round trip through the generated {@code FromJSON}/{@code ToJSON} east of UTC ({@code src/test/typescript}).
 * TypeScript comes from npm into {@code target/typescript}; a machine without npm skips these tests.
 */
class TypeScriptClientTest {

    static final String TYPESCRIPT = "typescript@5.9.3";
    private static final Path CLIENT = Path.of("target/typescript-client").toAbsolutePath();
    private static final Path OUT = Path.of("target/typescript-out").toAbsolutePath();
    private static final Path CHECK = Path.of("src/test/typescript/dates-and-sets.ts").toAbsolutePath();
    private static final Path DOCUMENT = Path.of("../gateway/target/openapi/merged-openapi.json").toAbsolutePath();
    private static final Path UNTYPED = Path.of("../gateway/src/test/resources/openapi/untyped-success-answers.txt")
            .toAbsolutePath();
    /** {@code async name(…): Promise<any>} and the {@code nameRaw} variant's {@code ApiResponse<any>}. */
    private static final Pattern UNTYPED_METHOD = Pattern.compile(
            "async (\\w+?)(?:Raw)?\\(.*\\): Promise<(?:runtime\\.ApiResponse<)?(any|object)>");
    /** A model property typed {@code any} or {@code object}, also inside arrays, sets and maps. */
    private static final Pattern UNTYPED_PROPERTY = Pattern.compile(
            "^ {4}'?(\\w+)'?\\??: .*\\b(any|object)\\b.*;$", Pattern.MULTILINE);

    /**
     * Operations (by operation id) whose answer is another standard's document, described as {@code type: object}
     * with a link to that standard's own JSON Schema, so the client types it {@code object}: the open-data feeds
     * (360Giving 1.4.3 package, OCDS 1.1.5 release package). Listed with the reason; the test fails if one of them
     * becomes typed (remove it then).
     */
    static final Map<String, String> FOREIGN_STANDARDS = Map.of(
            "getOpenData360giving", "a 360Giving package, the standard's own schema",
            "listOpenDataOcdsReleases", "an OCDS release package, the standard's own schema");

    private static Path tsc;

    @BeforeAll
    static void compile() throws Exception {
        Assumptions.assumeTrue(NodeTools.npmAvailable(), "npm is not installed: the TypeScript client check is "
                + "skipped (install Node.js 18+ with npm to run it)");
        assertTrue(Files.isRegularFile(CLIENT.resolve("index.ts")), "no generated client in " + CLIENT
                + " (the build generates it from " + DOCUMENT + ")");
        tsc = NodeTools.install(Path.of("target/typescript").toAbsolutePath(), TYPESCRIPT, "tsc");
        Path check = CLIENT.resolve("checks").resolve(CHECK.getFileName());
        Files.createDirectories(check.getParent());
        Files.copy(CHECK, check, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theClientCompilesStrictlyAndDatesAndSetsRoundTripEastOfUtc() throws Exception {
        NodeTools.Run compiled = NodeTools.run(List.of(tsc.toString(), "--strict", "--target", "es2020",
                "--lib", "es2020,dom", "--module", "commonjs", "--rootDir", CLIENT.toString(), "--outDir",
                OUT.toString(), CLIENT.resolve("index.ts").toString(),
                CLIENT.resolve("checks/dates-and-sets.ts").toString()), CLIENT, Map.of(), Duration.ofMinutes(5));
        assertEquals(0, compiled.exitCode(), "tsc --strict failed:\n" + compiled.output());

        NodeTools.Run roundTrip = NodeTools.run(List.of("node", OUT.resolve("checks/dates-and-sets.js").toString()),
                OUT, Map.of("TZ", "Asia/Almaty"), Duration.ofMinutes(1));
        assertEquals(0, roundTrip.exitCode(), "the dates-and-sets check failed:\n" + roundTrip.output());
        assertTrue(roundTrip.output().contains("round-trip unchanged"), roundTrip.output());
    }

    @Test
    void noMethodOrModelPropertyIsAnyButTheListedUntypedOperations() throws Exception {
        Set<String> allowed = untypedMethodNames();
        allowed.addAll(FOREIGN_STANDARDS.keySet());
        Set<String> foreignTyped = new TreeSet<>(FOREIGN_STANDARDS.keySet());
        List<String> untyped = new ArrayList<>();
        try (Stream<Path> apis = Files.list(CLIENT.resolve("apis"))) {
            for (Path api : apis.sorted().toList()) {
                Matcher method = UNTYPED_METHOD.matcher(Files.readString(api, StandardCharsets.UTF_8));
                while (method.find()) {
                    foreignTyped.remove(method.group(1));
                    if (!allowed.contains(method.group(1))) {
                        untyped.add(api.getFileName() + ": " + method.group(1) + " answers " + method.group(2));
                    }
                }
            }
        }
        try (Stream<Path> models = Files.list(CLIENT.resolve("models"))) {
            for (Path model : models.sorted().toList()) {
                String source = Files.readString(model, StandardCharsets.UTF_8);
                String declaration = source.substring(0, Math.max(0, source.indexOf("\nexport function")));
                Matcher property = UNTYPED_PROPERTY.matcher(declaration);
                while (property.find()) {
                    untyped.add(model.getFileName() + ": property " + property.group(1) + " is " + property.group(2));
                }
            }
        }
        assertEquals(List.of(), untyped, "generated TypeScript typed any/object (type the operation's answer; "
                + "only operations listed in " + UNTYPED + " may still be)");
        assertEquals(Set.of(), foreignTyped, "typed now (or gone): remove from TypeScriptClientTest.FOREIGN_STANDARDS");
    }

    /**
     * The generated method names of the operations listed as untyped: their operation ids in the merged document
     * (typescript-fetch names a method after its operation id).
     */
    private static Set<String> untypedMethodNames() throws IOException {
        Set<String> listed = Files.readAllLines(UNTYPED, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        JsonNode paths = new ObjectMapper().readTree(DOCUMENT.toFile()).path("paths");
        Set<String> names = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (listed.contains(operation.getKey().toUpperCase() + " " + path.getKey())) {
                    names.add(operation.getValue().path("operationId").asText());
                }
            });
        }
        return names;
    }
}
