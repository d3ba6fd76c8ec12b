package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.problem.ApiException;
import kz.civic.procurement.Award;
import kz.civic.procurement.repository.AwardRepository;
import kz.civic.procurement.repository.CallRepository;

/** The public, cursor-paginated list of a call's awards (decisions are {@link AwardService}'s). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CallAwardsService {

    private final AwardRepository awards;
    private final CallRepository calls;

    public CallAwardsService(AwardRepository awards, CallRepository calls) {
        this.awards = awards;
        this.calls = calls;
    }

    /** {@code limit + 1} awards of the call after the cursor, in decision order. @throws ApiException 404, 400 cursor */
    public List<Award> page(UUID callId, String cursor, int limit) {
        if (calls.findByIdOptional(callId).isEmpty()) {
            throw ApiException.notFound("call", callId);
        }
        return awards.page(callId, Pages.afterTime(cursor, UUID::fromString), limit + 1);
    }
}
