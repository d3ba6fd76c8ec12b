package kz.civic.registry.reference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.LegalForm;
import org.junit.jupiter.api.Test;

/** The legal_form table and the {@link LegalForm} enum must name the same forms with the same flags. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class ReferenceLegalFormTest {

    @Inject
    DataSource dataSource;

    private static Map<String, Boolean> enumFlags() {
        return Arrays.stream(LegalForm.values()).collect(Collectors.toMap(LegalForm::name,
                LegalForm::eligibleForStateNgoFunding, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void tableAgreesWithEnum() throws Exception {
        Map<String, Boolean> table = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, eligible_for_state_ngo_funding FROM legal_form ORDER BY sort_order")) {
            while (rs.next()) {
                table.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        assertEquals(enumFlags(), table, "legal_form rows (in sort order) must equal LegalForm constants and flags");
    }

    @Test
    void endpointAgreesWithEnum() {
        List<Map<String, Object>> items = given().get("/api/v1/reference/legal-forms")
                .then().statusCode(200).extract().path("items");
        Map<String, Boolean> served = new LinkedHashMap<>();
        items.forEach(i -> served.put((String) i.get("code"), (Boolean) i.get("eligibleForStateNgoFunding")));
        assertEquals(enumFlags(), served);
    }
}
