package kz.civic.reliability.guarantees;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.civic.e2e.StackIT;
import kz.civic.infra.EmbeddedPostgresServer;

/** Read-only SQL against the running stack's databases (registry, forum, procurement). */
final class Db {

    /** Plumbing tables, not state derived from events: the inbox and outbox are counted separately. */
    private static final Set<String> PLUMBING = Set.of("flyway_schema_history", "inbox_event", "outbox_event",
            "idempotency_record");

    private Db() {
    }

    /** The first column of every row, as text. */
    static List<String> column(String database, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(StackIT.stack.postgres().jdbcUrl(database),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    static long count(String database, String sql, Object... parameters) {
        return Long.parseLong(column(database, sql, parameters).get(0));
    }

    /**
     * Every row of every table of the database but the plumbing ones, each row as PostgreSQL's text of the
     * whole record, sorted: two snapshots are equal only when no row was added, removed or changed.
     */
    static Map<String, List<String>> snapshot(String database) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : column(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            if (!PLUMBING.contains(table)) {
                tables.put(table, column(database, "SELECT t::text FROM \"" + table + "\" t ORDER BY 1"));
            }
        }
        return tables;
    }

    /** The tables whose rows differ between two snapshots, with the rows only one side has. */
    static Map<String, String> differences(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, String> differences = new LinkedHashMap<>();
        for (String table : before.keySet()) {
            List<String> gone = new ArrayList<>(before.get(table));
            gone.removeAll(after.getOrDefault(table, List.of()));
            List<String> added = new ArrayList<>(after.getOrDefault(table, List.of()));
            added.removeAll(before.get(table));
            if (!gone.isEmpty() || !added.isEmpty()) {
                differences.put(table, "before " + gone + " after " + added);
            }
        }
        return differences;
    }

    static long rows(Map<String, List<String>> snapshot) {
        return snapshot.values().stream().mapToLong(List::size).sum();
    }
}
