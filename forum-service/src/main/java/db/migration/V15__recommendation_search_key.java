package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import kz.civic.platform.search.SearchKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 16 item 14: recommendation search matches every common romanization. Adds {@code search_key}, the folded keys
 * of the kk, ru and en text ({@link SearchKey#stored}, as {@code RecommendationService} writes it on create and
 * replace), computes it for the existing rows (in Java: the folding is Java) and indexes it with trigrams for
 * substring matches. Found by Quarkus in the {@code db.migration} package of {@code quarkus.flyway.locations}.
 */
public class V15__recommendation_search_key extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            ddl.execute("ALTER TABLE recommendation ADD COLUMN search_key TEXT NOT NULL DEFAULT ''");
        }
        try (Statement select = context.getConnection().createStatement();
                PreparedStatement update = context.getConnection()
                        .prepareStatement("UPDATE recommendation SET search_key = ? WHERE id = ?")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery("SELECT id, text_kk, text_ru, text_en FROM recommendation")) {
                while (rows.next()) {
                    update.setString(1, SearchKey.stored(rows.getString("text_kk"), rows.getString("text_ru"),
                            rows.getString("text_en")));
                    update.setObject(2, rows.getObject("id"));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("CREATE INDEX recommendation_search_key_trgm ON recommendation USING gin (search_key gin_trgm_ops)");
        }
    }
}
