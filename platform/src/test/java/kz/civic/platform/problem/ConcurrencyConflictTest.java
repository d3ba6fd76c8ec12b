package kz.civic.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConcurrencyConflictTest {

    @Test
    void uniqueViolationsSerializationFailuresAndDeadlocksAreConflicts() {
        for (String state : new String[] {"23505", "40001", "40P01"}) {
            Exception wrapped = new RuntimeException("commit failed",
                    new PersistenceException("flush", new SQLException("duplicate key", state)));
            assertTrue(ProblemMappers.isConcurrencyConflict(wrapped), state);
        }
        assertFalse(ProblemMappers.isConcurrencyConflict(new PersistenceException(new SQLException("syntax", "42601"))));
        assertFalse(ProblemMappers.isConcurrencyConflict(new IllegalStateException("boom")));
    }

    @Test
    void aConflictIsA409ProblemNotA500() {
        Response r = new ProblemMappers().unexpected(new PersistenceException(new SQLException("duplicate key", "23505")),
                null, null);
        assertEquals(409, r.getStatus());
        assertEquals("/problems/concurrent-conflict", ((Problem) r.getEntity()).getType());
    }

    @Test
    void aClientThatClosedTheConnectionMidBodyIsA400NotA500() {
        Response r = new ProblemMappers().unexpected(new java.io.IOException(new java.io.IOException(
                new io.vertx.core.http.HttpClosedException("Connection was closed"))), null, null);
        assertEquals(400, r.getStatus());
        assertEquals("/problems/request-incomplete", ((Problem) r.getEntity()).getType());
        assertTrue(ProblemMappers.isClientGone(new java.io.IOException(new java.nio.channels.ClosedChannelException())));
        assertFalse(ProblemMappers.isClientGone(new java.io.IOException("disk full")));
    }
}
