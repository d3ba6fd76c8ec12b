package kz.civic.procurement.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * The official OCDS 1.1.5 release-package schema (JSON Schema draft 4) and 360Giving 1.4.3 package
 * schema (draft 2020-12), read from test resources: their absolute $refs are mapped to the copies
 * in {@code open-data/}, so validation never reaches the internet. Formats (date-time, uri) are asserted.
 */
public final class OpenDataSchemas {

    private static final String OCDS = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final String THREE_SIXTY_GIVING = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/";
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private static final JsonSchema RELEASE_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.schemaMappers(m -> m.mapPrefix(OCDS, "classpath:open-data/ocds-1.1.5/")))
            .getSchema(SchemaLocation.of(OCDS + "release-package-schema.json"), CONFIG);
    private static final JsonSchema GRANT_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(THREE_SIXTY_GIVING, "classpath:open-data/360giving/")))
            .getSchema(SchemaLocation.of(THREE_SIXTY_GIVING + "360-giving-package-schema.json"), CONFIG);

    private OpenDataSchemas() {
    }

    public static Set<ValidationMessage> ocdsViolations(JsonNode releasePackage) {
        return RELEASE_PACKAGE.validate(releasePackage);
    }

    public static Set<ValidationMessage> threeSixtyGivingViolations(JsonNode grantPackage) {
        return GRANT_PACKAGE.validate(grantPackage);
    }

    public static void assertValidOcds(JsonNode releasePackage) {
        Set<ValidationMessage> errors = ocdsViolations(releasePackage);
        assertTrue(errors.isEmpty(), "not a valid OCDS 1.1.5 release package: " + errors);
    }

    public static void assertValid360Giving(JsonNode grantPackage) {
        Set<ValidationMessage> errors = threeSixtyGivingViolations(grantPackage);
        assertTrue(errors.isEmpty(), "not a valid 360Giving 1.4.3 package: " + errors);
    }
}
