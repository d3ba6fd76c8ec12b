package db.migration;

import java.sql.Statement;
import java.util.Arrays;
import kz.civic.platform.search.SearchKey;
import kz.civic.platform.search.SearchKeyBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 16 item 14: recommendation search matches every common romanization. Adds {@code search_key}, the folded keys
 * of the kk, ru and en text ({@link SearchKey#stored}, as {@code RecommendationService} writes it on create and
 * replace), computes it for the existing rows (in Java: the folding is Java) and indexes it with trigrams for
 * substring matches. Found by Quarkus in the {@code db.migration} package of {@code quarkus.flyway.locations}.
 */
public class V15__recommendation_search_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            ddl.execute("ALTER TABLE recommendation ADD COLUMN search_key TEXT NOT NULL DEFAULT ''");
        }
        SearchKeyBackfill.fill(context.getConnection(), "recommendation", "text_kk, text_ru, text_en",
                row -> Arrays.asList(row.getString("text_kk"), row.getString("text_ru"), row.getString("text_en")));
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("CREATE INDEX recommendation_search_key_trgm ON recommendation USING gin (search_key gin_trgm_ops)");
        }
    }
}
