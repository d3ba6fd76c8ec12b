package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.forum.Forum;

@ApplicationScoped
public class ForumRepository implements PanacheRepositoryBase<Forum, UUID> {

    /** Advisory lock key serialising the creation of editions (their numbers and years are checked together). */
    private static final long EDITIONS_LOCK = 0x666f72756d65L;

    /** The edition with this number, if any. */
    public Optional<Forum> ofNumber(int editionNumber) {
        return find("editionNumber", editionNumber).firstResultOptional();
    }

    /**
     * Takes a transaction-scoped advisory lock, so concurrent creations check the order of numbers and years one
     * after the other (a unique key cannot express that order).
     */
    public void lockEditions() {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) l")
                .setParameter(1, EDITIONS_LOCK).getSingleResult();
    }

    /** The edition held in {@code year}, if any (at most one per year). */
    public Optional<Forum> ofYear(int year) {
        return find("year", year).firstResultOptional();
    }

    /** The edition with the highest number below {@code editionNumber}. */
    public Optional<Forum> previous(int editionNumber) {
        return find("editionNumber < ?1 order by editionNumber desc", editionNumber).firstResultOptional();
    }

    /** The edition with the lowest number above {@code editionNumber}. */
    public Optional<Forum> next(int editionNumber) {
        return find("editionNumber > ?1 order by editionNumber", editionNumber).firstResultOptional();
    }

    /** Newest edition first; keyset on the (unique) edition number. */
    public List<Forum> editionsBefore(Integer editionNumber, int limit) {
        return (editionNumber == null ? find("order by editionNumber desc")
                : find("editionNumber < ?1 order by editionNumber desc", editionNumber)).range(0, limit - 1).list();
    }
}
