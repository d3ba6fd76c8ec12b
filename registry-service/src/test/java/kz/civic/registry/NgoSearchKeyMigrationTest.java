package kz.civic.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import db.migration.V11__ngo_search_key;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.platform.search.SearchKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V11 (a Java migration) gives the rows written before it their search keys: a fresh database is migrated to V10, an
 * NGO is inserted as V10's service wrote it, then V11 runs.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class NgoSearchKeyMigrationTest {

    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void rowsWrittenBeforeV11GetTheirKeys() throws Exception {
        String database = "registry_v11_" + Long.toHexString(System.nanoTime());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String fresh = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Flyway before = flyway(fresh, "10");
        before.migrate();
        UUID id = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(fresh, user, password); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ngo (id, bin, name_kk, name_ru, name_en, legal_form, region_code, registration_date, "
                    + "status, created_at, version, aliases, search_text, sort_name) VALUES ('" + id + "', '940140000385', "
                    + "'«Бурабай» қоғамдық қоры', 'Общественный фонд «Бурабай»', NULL, 'PUBLIC_FOUNDATION', 'KZ-11', "
                    + "'2001-01-01', 'REGISTERED', now(), 0, ARRAY['Жастар'], 'old', 'общественный фонд «бурабай»')");
        }
        flyway(fresh, "latest").migrate();
        try (Connection c = DriverManager.getConnection(fresh, user, password); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT search_key FROM ngo WHERE id = '" + id + "'")) {
            row.next();
            assertEquals(SearchKey.stored("Жастар", "«Бурабай» қоғамдық қоры", "Общественный фонд «Бурабай»"),
                    row.getString(1));
            assertEquals("/jastar/burabai kogamdik kori/obxestveni fond burabai/", row.getString(1));
        }
    }

    private Flyway flyway(String jdbcUrl, String target) {
        return Flyway.configure().dataSource(jdbcUrl, user, password)
                .locations("filesystem:src/main/resources/db/migration", "filesystem:../platform/src/main/resources/db/platform")
                .javaMigrations(new V11__ngo_search_key()).target(target).load();
    }
}
