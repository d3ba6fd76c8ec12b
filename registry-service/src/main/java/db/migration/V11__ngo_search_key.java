package db.migration;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.civic.platform.search.SearchKey;
import kz.civic.platform.search.SearchKeyBackfill;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 16 item 14: NGO search matches every common romanization. {@code search_text} (V6: lower-cased names plus
 * one transliteration) becomes {@code search_key}, the names' folded keys ({@link SearchKey#stored}), recomputed here
 * for the rows written before, in Java because the folding is Java (the service writes the key on every create and
 * update). Found by Quarkus in the {@code db.migration} package of {@code quarkus.flyway.locations}.
 */
public class V11__ngo_search_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("DROP INDEX IF EXISTS ngo_search_text_trgm");
            ddl.execute("ALTER TABLE ngo RENAME COLUMN search_text TO search_key");
        }
        SearchKeyBackfill.fill(context.getConnection(), "ngo", "aliases, name_kk, name_ru, name_en, short_name",
                V11__ngo_search_key::names);
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("CREATE INDEX ngo_search_key_trgm ON ngo USING gin (search_key gin_trgm_ops)");
        }
    }

    /** The names in the order the service folds them (NgoProfileWriter): aliases, kk, ru, en, short name. */
    static List<String> names(ResultSet row) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        Array aliases = row.getArray("aliases");
        if (aliases != null) {
            names.addAll(Arrays.asList((String[]) aliases.getArray()));
        }
        names.add(row.getString("name_kk"));
        names.add(row.getString("name_ru"));
        names.add(row.getString("name_en"));
        names.add(row.getString("short_name"));
        return names;
    }
}
