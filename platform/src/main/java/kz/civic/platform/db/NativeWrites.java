package kz.civic.platform.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * Native INSERT/UPDATE/DELETE statements on the platform's own tables (outbox, inbox, idempotency records).
 *
 * <p>Hibernate cannot tell which tables a native write touches, so unless told it assumes all of them: it evicts
 * every second-level cache region and every cached query result after the statement, which for the outbox
 * means the reference data of registry-service on every registration and status change. Declaring the one
 * table keeps the caches (ReadCostTest in registry-service counts the statements).
 */
public final class NativeWrites {

    private NativeWrites() {
    }

    /** A native write {@code sql} that touches {@code table} only. */
    public static Query on(EntityManager em, String table, String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace(table);
    }
}
