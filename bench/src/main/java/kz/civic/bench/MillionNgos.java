package kz.civic.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grows the demo register to {@code target} NGOs straight in registry-service's database (its own schema, one
 * INSERT … SELECT per table): copy k of every demo NGO gets a new id and BIN, its names with " k" appended (so
 * names, regions, statuses, legal forms and dates keep the demo's distribution and a term matches about
 * target/23k times as many NGOs), and copies of its spheres and status history. No outbox events: the copies stay
 * in the registry (the forum and procurement replicas keep the demo's NGOs); bench/README.md says why that is
 * enough for the registry workloads.
 */
final class MillionNgos {

    /** Columns of ngo that a copy changes; every other column is copied as is. */
    private static final Map<String, String> CHANGED = Map.of(
            "id", "md5(n.id::text || '/' || k)::uuid",
            "bin", "CASE WHEN n.bin IS NULL THEN NULL ELSE '7' || lpad((k * 100000 + n.seq)::text, 11, '0') END",
            "name_kk", "n.name_kk || ' ' || k",
            "name_ru", "n.name_ru || ' ' || k",
            "name_en", "n.name_en || ' ' || k",
            "search_text", "n.search_text || ' ' || k",
            "sort_name", "n.sort_name || ' ' || k",
            "parent_ngo_id", "NULL");

    private MillionNgos() {
    }

    /** Adds copies until about {@code target} NGOs exist; returns the count. */
    static long grow(Connection c, long target) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            long demo = count(s, "SELECT count(*) FROM ngo");
            long copies = Math.max(0, (target - demo + demo - 1) / demo);
            List<String> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_name = 'ngo' AND table_schema = 'public' ORDER BY ordinal_position")) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
            List<String> values = columns.stream().map(col -> CHANGED.getOrDefault(col, "n." + col)).toList();
            s.execute("CREATE TEMP TABLE demo_ngo AS SELECT row_number() OVER (ORDER BY id) AS seq, * FROM ngo");
            s.execute("CREATE TEMP TABLE copy_no AS SELECT generate_series(1, " + copies + ") AS k");
            s.execute("INSERT INTO ngo (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                    + " FROM demo_ngo n CROSS JOIN copy_no");
            s.execute("INSERT INTO ngo_sphere (ngo_id, sphere_code) SELECT md5(x.ngo_id::text || '/' || k)::uuid, x.sphere_code"
                    + " FROM ngo_sphere x JOIN demo_ngo n ON n.id = x.ngo_id CROSS JOIN copy_no");
            s.execute("INSERT INTO ngo_status_change (id, ngo_id, from_status, to_status, reason, legal_basis, actor,"
                    + " request_id, changed_at, ngo_version) SELECT md5(x.id::text || '/' || k)::uuid,"
                    + " md5(x.ngo_id::text || '/' || k)::uuid, from_status, to_status, reason, legal_basis, actor,"
                    + " NULL, changed_at, ngo_version FROM ngo_status_change x JOIN demo_ngo n ON n.id = x.ngo_id"
                    + " CROSS JOIN copy_no");
            c.commit();
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE ngo");
            s.execute("VACUUM ANALYZE ngo_sphere");
            s.execute("VACUUM ANALYZE ngo_status_change");
            return count(s, "SELECT count(*) FROM ngo");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
