package kz.civic.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.civic.forum.RegionalForum;

@ApplicationScoped
public class RegionalForumRepository implements PanacheRepositoryBase<RegionalForum, UUID> {

    public Optional<RegionalForum> findByForumAndRegion(UUID forumId, String regionCode) {
        return find("forumId = ?1 and regionCode = ?2", forumId, regionCode).firstResultOptional();
    }

    /** Newest first, optionally of one edition and one region. */
    public List<RegionalForum> list(UUID forumId, String regionCode, Keyset after, int limit) {
        return new KeysetQuery().where("forumId = :forumId", "forumId", forumId)
                .where("regionCode = :region", "region", regionCode).after(after).list(this, limit);
    }
}
