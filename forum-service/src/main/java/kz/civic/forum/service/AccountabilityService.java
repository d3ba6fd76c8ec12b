package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.Forum;
import kz.civic.forum.repository.AccountabilityRepository;
import kz.civic.forum.repository.AccountabilityRepository.Line;
import kz.civic.forum.repository.ForumRepository;
import kz.civic.platform.problem.ApiException;

/** The accountability report ministers present at the next forum (issue 4 item 7). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountabilityService {

    /** The report of one edition, as of {@code asOf}. */
    public record Report(Forum forum, LocalDate asOf, List<Line> lines) {
    }

    private final ForumRepository forums;
    private final AccountabilityRepository figures;

    public AccountabilityService(ForumRepository forums, AccountabilityRepository figures) {
        this.forums = forums;
        this.figures = figures;
    }

    /** @throws ApiException 404 for an unknown edition */
    public Report report(UUID forumId) {
        Forum forum = forums.findByIdOptional(forumId).orElseThrow(() -> ApiException.notFound("forum", forumId));
        LocalDate today = Timestamps.today();
        return new Report(forum, today, figures.lines(forumId, today));
    }
}
