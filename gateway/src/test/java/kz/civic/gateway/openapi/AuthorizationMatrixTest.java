package kz.civic.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import kz.civic.gateway.FakeBackends;
import kz.civic.gateway.routing.RouteTable;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/authorization-matrix.csv} (endpoint × role → yes / no / own) against what the gateway
 * can check: its own shape, the gateway's routes, and the merged document of the services as their
 * builds produced them ({@link BuiltServiceDocuments}): every documented operation has a row, and
 * a row open to anonymous callers is an operation that requires no token, and the other way round.
 * Whether each role really gets its answer is for the e2e tests against the running stack.
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class AuthorizationMatrixTest {

    private static final Logger LOG = Logger.getLogger(AuthorizationMatrixTest.class);
    static final Path MATRIX = BuiltServiceDocuments.root().resolve("docs/authorization-matrix.csv");
    static final List<String> ROLES = List.of("anonymous", "registrar", "ngo", "forum-secretariat", "agency",
            "procurement-officer", "commission-member", "analyst", "admin");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> CELLS = Set.of("yes", "no", "own");

    /** One row: the endpoint, its cell per role (in {@link #ROLES} order) and the note. */
    record Row(int line, String service, String method, String path, List<String> cells, String notes) {

        String endpoint() {
            return method + " " + path;
        }

        boolean anonymous() {
            return "yes".equals(cells.get(0));
        }
    }

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();
    private static final List<String> SHAPE = new ArrayList<>();

    @Inject
    OpenApiRoutes openapi;

    @Inject
    RouteTable routes;

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(List.of("service", "method", "path"));
        header.addAll(ROLES);
        header.add("notes");
        assertEquals(String.join(",", header), lines.get(0), "the matrix's header");
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i));
            if (cells.size() != header.size()) {
                SHAPE.add("line " + (i + 1) + " has " + cells.size() + " cells, not " + header.size());
                continue;
            }
            Row row = new Row(i + 1, cells.get(0), cells.get(1), cells.get(2), cells.subList(3, 3 + ROLES.size()),
                    cells.get(header.size() - 1));
            if (ROWS.put(row.endpoint(), row) != null) {
                SHAPE.add("line " + row.line() + ": " + row.endpoint() + " is listed twice");
            }
        }
    }

    @Test
    void everyRowIsWellFormed() {
        List<String> problems = new ArrayList<>(SHAPE);
        for (Row row : ROWS.values()) {
            String at = "line " + row.line() + " (" + row.endpoint() + "): ";
            if (!METHODS.contains(row.method().toLowerCase(Locale.ROOT)) || !row.method().equals(
                    row.method().toUpperCase(Locale.ROOT))) {
                problems.add(at + "method is not GET, PUT, POST, DELETE or PATCH");
            }
            if (!row.cells().stream().allMatch(CELLS::contains)) {
                problems.add(at + "a cell is not yes, no or own: " + row.cells());
            }
            if (row.anonymous() && !row.cells().stream().allMatch("yes"::equals)) {
                problems.add(at + "open to anonymous callers but not to every role");
            }
            if ("own".equals(row.cells().get(0))) {
                problems.add(at + "anonymous callers own nothing");
            }
            if (row.cells().contains("own") && row.notes().isBlank()) {
                problems.add(at + "'own' needs a note saying what the caller must own");
            }
        }
        assertThat(problems, empty());
    }

    @Test
    void everyRowIsRoutedToItsService() {
        List<String> problems = new ArrayList<>();
        for (Row row : ROWS.values()) {
            String backend = routes.match(row.path().replaceAll("\\{[^}/]+}", "x")).map(r -> r.backend().name())
                    .orElse("nothing");
            if (!row.service().equals(backend + "-service")) {
                problems.add("line " + row.line() + ": the gateway routes " + row.path() + " to " + backend + ", not "
                        + row.service());
            }
        }
        assertThat(problems, empty());
    }

    @Test
    void everyDocumentedOperationHasARowThatAgreesWithItsSecurity() {
        SortedMap<String, ObjectNode> documents = BuiltServiceDocuments.load();
        Assumptions.assumeFalse(documents.isEmpty(),
                "no service has been packaged: the matrix cannot be compared with their documents");
        ObjectNode merged = openapi.merge(documents);
        List<String> problems = new ArrayList<>();
        Set<String> documented = new HashSet<>();
        merged.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            String endpoint = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            documented.add(endpoint);
            Row row = ROWS.get(endpoint);
            if (row == null) {
                problems.add(endpoint + " is documented but has no row in " + MATRIX.getFileName());
            } else if (row.anonymous() == requiresToken(operation.getValue())) {
                problems.add(endpoint + ": the matrix says anonymous " + (row.anonymous() ? "may" : "may not")
                        + " call it, the document says a token is " + (row.anonymous() ? "required" : "not required"));
            }
        }));
        ROWS.values().stream()
                .filter(row -> documents.containsKey(row.service().replace("-service", "")))
                .filter(row -> !documented.contains(row.endpoint()))
                .forEach(row -> LOG.warnf("%s (line %d) is not in %s's built document: removed, or not built yet?",
                        row.endpoint(), row.line(), row.service()));
        assertThat(problems, empty());
    }

    /** A non-empty security requirement without an empty alternative ({@code {}}) means a token is needed. */
    private static boolean requiresToken(JsonNode operation) {
        JsonNode security = operation.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode alternative : security) {
            if (alternative.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A CSV line: commas separate, double quotes enclose cells that hold commas ({@code ""} is a quote). */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
