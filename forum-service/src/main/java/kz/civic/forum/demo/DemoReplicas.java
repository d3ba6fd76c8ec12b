package kz.civic.forum.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.NgoReplica;

/**
 * What the demo data is built on: the registry data forum-service holds in its replicas (filled by registry events),
 * each list ordered by id, so the same replicas give the same demo data.
 */
public record DemoReplicas(List<Body> governmentBodies, List<Ngo> ngos) {

    /** A government body of the replica ({@code level} CENTRAL or LOCAL). */
    public record Body(UUID id, String shortName, String level, String kind, String regionCode) {
    }

    /** An NGO of the replica with its registry status. */
    public record Ngo(UUID id, String nameEn, String status) {

        boolean canAuthor() {
            return !NgoReplica.WOUND_UP.contains(status);
        }
    }

    public DemoReplicas {
        governmentBodies = governmentBodies.stream().sorted(Comparator.comparing(Body::id)).toList();
        ngos = ngos.stream().sorted(Comparator.comparing(Ngo::id)).toList();
    }

    /** Reads both replicas. */
    public static DemoReplicas read(Connection c) throws SQLException {
        List<Body> bodies = new ArrayList<>();
        List<Ngo> ngos = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, short_name, level, kind, region_code FROM government_body_replica")) {
                while (rs.next()) {
                    bodies.add(new Body(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, name_en, status FROM ngo_replica")) {
                while (rs.next()) {
                    ngos.add(new Ngo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return new DemoReplicas(bodies, ngos);
    }
}
