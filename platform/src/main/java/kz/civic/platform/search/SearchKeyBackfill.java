package kz.civic.platform.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the {@link SearchKey#stored} key of every existing row of a table into its {@code search_key} column, in
 * batches: for the Flyway Java migration that introduces or recomputes the column (the folding is Java, so SQL
 * cannot do it; the services write the key themselves on every create and update from then on).
 */
public final class SearchKeyBackfill {

    private static final int BATCH = 500;

    /** The names of one row (of the columns selected), in the order the service folds them. */
    @FunctionalInterface
    public interface Names {
        List<String> of(ResultSet row) throws SQLException;
    }

    private SearchKeyBackfill() {
    }

    /** Sets {@code search_key} of every row of {@code table} (keyed by {@code id}) from {@code columns}. */
    public static void fill(Connection connection, String table, String columns, Names names) throws SQLException {
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET search_key = ? WHERE id = ?")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery("SELECT id, " + columns + " FROM " + table)) {
                while (rows.next()) {
                    update.setString(1, SearchKey.stored(names.of(rows)));
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
    }
}
