package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Forum;

@ApplicationScoped
public class ForumRepository implements PanacheRepositoryBase<Forum, UUID> {

    public boolean editionExists(int editionNumber) {
        return count("editionNumber", editionNumber) > 0;
    }

    /** Newest edition first; keyset on the (unique) edition number. */
    public List<Forum> editionsBefore(Integer editionNumber, int limit) {
        return (editionNumber == null ? find("order by editionNumber desc")
                : find("editionNumber < ?1 order by editionNumber desc", editionNumber)).range(0, limit - 1).list();
    }
}
