package kz.civic.forum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.infra.testing.RequestSchemas;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract of issue 16 on forum: request schemas list only what the server reads, a malformed id in a
 * path and an unknown query parameter are 400s naming them.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class ApiContractTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void everyRequestSchemaPropertyIsOneTheServerReads() throws Exception {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(List.of(), RequestSchemas.mismatches(mapper.readTree(document), mapper, ForumResource.class));
    }

    @Test
    void aMalformedIdInThePathIs400AndAnUnknownQueryParameterToo() {
        given().get("/api/v1/forums/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("id"));
        given().get("/api/v1/forums?colour=red").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation")).body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("unknown query parameter"));
        given().get("/api/v1/forums?limit=abc").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/forums?limit=2").then().statusCode(200);
    }
}
