package kz.civic.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL 17 from zonky's binaries, on loopback. zonky runs initdb through {@code unshare -U}
 * when started as root, so this works on a root-only CI machine too. {@link #kill()} and
 * {@link #restart()} take the server away abruptly and bring it back on the same port and data
 * directory (crash recovery included), for fault drills.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDir}; an existing cluster in
     * {@code dataDir} is reused, so data survives restarts of the launcher.
     */
    public static EmbeddedPostgresServer start(int port, Path dataDir) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(port, dataDir);
        server.postgres = launch(port, dataDir);
        return server;
    }

    private static EmbeddedPostgres launch(int port, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " (data in " + dataDir + ")", e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The postmaster's process id (first line of {@code postmaster.pid}). */
    public long pid() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return Long.parseLong(lines.get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL is not running (no postmaster.pid in " + dataDir + ")", e);
        }
    }

    /**
     * SIGKILL to the postmaster, as a crash would; returns once its backends are gone too (they exit
     * when they notice the postmaster died), so that {@link #restart()} finds the shared memory free.
     */
    public synchronized void kill() {
        ProcessHandle postmaster = ProcessHandle.of(pid()).orElse(null);
        if (postmaster == null) {
            return;
        }
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        awaitExit(postmaster);
        backends.forEach(EmbeddedPostgresServer::awaitExit);
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    /** Stops the server if it still runs, then starts it again on the same port and data directory. */
    public synchronized void restart() {
        close();
        postgres = launch(port, dataDir);
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("bad database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /** Stops the server (pg_ctl stop, fast); after {@link #kill()} it only releases zonky's lock. */
    @Override
    public synchronized void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }
}
