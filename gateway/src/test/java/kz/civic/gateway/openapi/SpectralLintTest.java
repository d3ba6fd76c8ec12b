package kz.civic.gateway.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.civic.gateway.FakeBackends;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lints with Spectral and the repository's ruleset ({@code gateway/spectral/.spectral.yaml}):
 * the ruleset itself on two fixtures, then the merged document the gateway makes of the real
 * services' documents (as their builds produced them, {@link BuiltServiceDocuments}), or of a
 * running gateway's {@code /openapi} with {@code -Dgateway.lint.url=http://localhost:8080/openapi}.
 * Errors fail, except those listed in {@code gateway/spectral/known-service-findings.txt}: errors in
 * the services' own documents, to be fixed there, reported here on every run. (Lint errors that come
 * from the merge itself would be the gateway's to fix; there are none.)
 */
@QuarkusTest
@WithTestResource(FakeBackends.class)
class SpectralLintTest {

    private static final Logger LOG = Logger.getLogger(SpectralLintTest.class);
    private static final Path KNOWN = Path.of("spectral/known-service-findings.txt");

    @Inject
    OpenApiRoutes openapi;

    @Test
    void theRulesetFindsWhatItIsFor() throws Exception {
        List<Spectral.Finding> errors = errors(Spectral.lint(fixture("violations.json")));
        Set<String> found = errors.stream().map(finding -> finding.code() + " " + finding.path())
                .collect(Collectors.toSet());
        String get = "paths./api/v1/things/.get";
        assertThat(found, hasItems(
                "civic-no-trailing-slash paths./api/v1/things/",
                "civic-operation-summary " + get,
                "civic-operation-security " + get,
                "operation-tags " + get,
                "operation-operationId " + get,
                "civic-list-pagination " + get,
                "civic-problem-json-errors " + get + ".responses.404.content",
                "civic-problem-json-errors " + get + ".responses.500",
                "civic-camel-case-properties components.schemas.ThingPage.properties.next_cursor"));
        assertThat(errors(Spectral.lint(fixture("clean.json"))), empty());
    }

    @Test
    void theNlGovRulesFindWhatTheyAreForAndTheMergedDocumentPassesThem() throws Exception {
        Set<String> found = errors(Spectral.lint(fixture("nlgov-violations.json"), Spectral.NLGOV)).stream()
                .map(finding -> finding.code() + " " + finding.path()).collect(Collectors.toSet());
        assertThat(found, hasItems("nlgov-servers-absolute servers.0.url", "nlgov-uri-version paths./things",
                "nlgov-version-header paths./things.get.responses.200.headers",
                "nlgov-version-header-components components.responses.NotFound"));
        String target = mergedDocument();
        assertThat("NL GOV API Design Rules errors in " + target, errors(Spectral.lint(target, Spectral.NLGOV)).stream()
                .map(Spectral.Finding::toString).toList(), empty());
    }

    @Test
    void theMergedDocumentHasNoErrorsButTheKnownServiceFindings() throws Exception {
        String target = mergedDocument();
        List<Spectral.Finding> errors = errors(Spectral.lint(target));
        List<Pattern> known = known();
        List<Spectral.Finding> expected = errors.stream().filter(error -> isKnown(error, known)).toList();
        List<Spectral.Finding> unexpected = errors.stream().filter(error -> !isKnown(error, known)).toList();
        if (!expected.isEmpty()) {
            LOG.warnf("%d known errors in the services' documents (to be fixed there):%n  %s", expected.size(),
                    expected.stream().map(Spectral.Finding::toString).collect(Collectors.joining("\n  ")));
        }
        assertThat("Spectral errors in " + target, unexpected.stream().map(Spectral.Finding::toString).toList(), empty());
    }

    /** {@code -Dgateway.lint.url}, else the merged document of the built services written to a file. */
    private String mergedDocument() throws IOException {
        String target = System.getProperty("gateway.lint.url");
        if (target == null || target.isBlank()) {
            SortedMap<String, ObjectNode> documents = BuiltServiceDocuments.load();
            Assumptions.assumeFalse(documents.isEmpty(), "no service has been packaged (no "
                    + BuiltServiceDocuments.jar("registry") + " and the like): nothing to lint; build the services "
                    + "first (the root build does), or lint a running stack with -Dgateway.lint.url=…/openapi");
            LOG.infof("linting the merged document of the built services %s (missing: %s)", documents.keySet(),
                    BuiltServiceDocuments.SERVICES.stream().filter(s -> !documents.containsKey(s)).toList());
            Path merged = Path.of("target/spectral/merged-openapi.json").toAbsolutePath();
            Files.createDirectories(merged.getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(merged.toFile(), openapi.merge(documents));
            target = merged.toString();
        }
        return target;
    }

    private static List<Spectral.Finding> errors(List<Spectral.Finding> findings) {
        return findings.stream().filter(Spectral.Finding::error).toList();
    }

    static String fixture(String name) {
        return Path.of("src/test/resources/spectral", name).toAbsolutePath().toString();
    }

    /** Lines {@code <rule> <path>}, where {@code *} in the path stands for any run of characters. */
    private static List<Pattern> known() throws IOException {
        return Files.readAllLines(KNOWN, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> Pattern.compile(Arrays.stream(line.split("\\*", -1)).map(Pattern::quote)
                        .collect(Collectors.joining(".*"))))
                .toList();
    }

    private static boolean isKnown(Spectral.Finding finding, List<Pattern> known) {
        String key = finding.code() + " " + finding.path();
        return known.stream().anyMatch(entry -> entry.matcher(key).matches());
    }
}
