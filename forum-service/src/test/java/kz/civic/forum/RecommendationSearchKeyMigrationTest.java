package kz.civic.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import db.migration.V15__recommendation_search_key;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V15 (a Java migration) gives the recommendations written before it their search keys: a fresh database is migrated
 * to V14, a recommendation is inserted as V14's service wrote it, then V15 runs.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))
class RecommendationSearchKeyMigrationTest {

    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void rowsWrittenBeforeV15GetTheirKeys() throws Exception {
        String database = "forum_v15_" + Long.toHexString(System.nanoTime());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String fresh = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        flyway(fresh, "14").migrate();
        UUID id = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(fresh, user, password); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica"); // no forum row for the foreign key: this is about text
            s.execute("INSERT INTO recommendation (id, text_kk, text_ru, text_en, source_type, source_id, forum_id, "
                    + "priority, status, created_at, updated_at, version) VALUES ('" + id + "', '«Жастар» ұйымын қолдау', "
                    + "'Поддержать «Жастар»', NULL, 'REPUBLICAN_FORUM', '" + UUID.randomUUID() + "', '" + UUID.randomUUID()
                    + "', 'HIGH', 'DRAFT', now(), now(), 0)");
        }
        flyway(fresh, "latest").migrate();
        try (Connection c = DriverManager.getConnection(fresh, user, password); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT search_key FROM recommendation WHERE id = '" + id + "'")) {
            row.next();
            assertEquals("/jastar uimin koldau/poderjat jastar/", row.getString(1));
        }
    }

    private Flyway flyway(String jdbcUrl, String target) {
        return Flyway.configure().dataSource(jdbcUrl, user, password)
                .locations("filesystem:src/main/resources/db/migration", "filesystem:../platform/src/main/resources/db/platform")
                .javaMigrations(new V15__recommendation_search_key()).target(target).load();
    }
}
