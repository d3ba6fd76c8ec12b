package kz.civic.procurement.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import kz.civic.infra.EmbeddedPostgresServer;
import kz.civic.infra.testing.InfraTestResource;

/** Reads the service's database directly (plain JDBC), so tests see what was really written. */
public final class Db {

    private Db() {
    }

    public static long count(String sql, Object... params) {
        Map<String, Object> row = row(sql, params);
        return row == null ? 0 : ((Number) row.values().iterator().next()).longValue();
    }

    /** Runs an update (test setup only, e.g. to put a row in a state older code left); returns the rows changed. */
    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = InfraTestResource.TestInfra.get().postgres().jdbcUrl("procurement");
        return DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    /** The first row of the query as column name to value, or null when there is none. */
    public static Map<String, Object> row(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
