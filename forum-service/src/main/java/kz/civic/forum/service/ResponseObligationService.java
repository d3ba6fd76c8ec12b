package kz.civic.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.civic.forum.repository.ResponseObligation;
import kz.civic.forum.repository.ResponseObligationRepository;
import kz.civic.forum.repository.ResponseObligationRepository.After;
import kz.civic.forum.repository.ResponseObligationRepository.Kind;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Page;

/** Lists of answers owed by addressed government bodies: overdue ones and never-answered ones (issue 4 item 3). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResponseObligationService {

    private final ResponseObligationRepository obligations;

    public ResponseObligationService(ResponseObligationRepository obligations) {
        this.obligations = obligations;
    }

    /** Oldest due date first; {@code today} decides what is overdue. */
    public Page<ResponseObligation> list(Kind kind, LocalDate today, UUID governmentBodyId, UUID forumId, String cursor,
            int limit) {
        List<String> key = Cursor.decode(cursor, 3);
        After after = key == null ? null : new After(Cursor.part(key.get(0), LocalDate::parse),
                Cursor.part(key.get(1), UUID::fromString), Cursor.part(key.get(2), UUID::fromString));
        return Page.of(obligations.list(kind, today, governmentBodyId, forumId, after, limit + 1), limit,
                o -> List.of(o.responseDueDate().toString(), o.recommendationId().toString(), o.governmentBodyId().toString()));
    }
}
