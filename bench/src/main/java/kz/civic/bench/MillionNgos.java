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
            "bin", "pg_temp.copy_bin(n.bin, k)",
            "name_kk", "n.name_kk || ' ' || k",
            "name_ru", "n.name_ru || ' ' || k",
            "name_en", "n.name_en || ' ' || k",
            "search_key", "regexp_replace(n.search_key, '([^/])/', '\\1 ' || k || '/', 'g')",
            "sort_name", "n.sort_name || ' ' || k",
            "parent_ngo_id", "NULL");

    /**
     * A structurally valid BIN for copy k of a demo BIN: the same YYMM (so not after the copy's registration date),
     * entity type 5 or 6 and attribute 0–3 by (k - 1) mod 8 — the demo's are type 4, the benchmark's creates type 4
     * attribute 3 — and the demo serial (below 10,000, DemoDataGeneratorTest) plus 10,000 × ((k - 1) / 8), so up to 72
     * copies stay unique; the rare serial no check digit completes moves to 90,000 + serial; NULL when that fails too.
     */
    private static final String COPY_BIN = """
            CREATE FUNCTION pg_temp.kz_check(d text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
              SELECT CASE WHEN a <> 10 THEN a WHEN b <> 10 THEN b ELSE -1 END FROM (SELECT
                ((SELECT sum(substr(d, i, 1)::int * i) FROM generate_series(1, 11) i) % 11)::int AS a,
                ((SELECT sum(substr(d, i, 1)::int * ((i + 1) % 11 + 1)) FROM generate_series(1, 11) i) % 11)::int AS b) s
            $$;
            CREATE FUNCTION pg_temp.copy_bin(bin text, k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
              SELECT CASE WHEN bin IS NULL THEN NULL
                WHEN pg_temp.kz_check(f) >= 0 THEN f || pg_temp.kz_check(f)
                WHEN pg_temp.kz_check(g) >= 0 THEN g || pg_temp.kz_check(g) END
              FROM (SELECT substr(bin, 1, 4) || (5 + (k - 1) % 8 / 4) || ((k - 1) % 4)
                  || lpad((substr(bin, 7, 5)::int + 10000 * ((k - 1) / 8))::text, 5, '0') AS f,
                substr(bin, 1, 4) || (5 + (k - 1) % 8 / 4) || ((k - 1) % 4)
                  || lpad((substr(bin, 7, 5)::int + 90000)::text, 5, '0') AS g) p
            $$
            """;

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
            s.execute(COPY_BIN);
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
