package kz.civic.procurement.event;

import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.procurement.Contract;
import kz.civic.procurement.Tranche;
import kz.civic.procurement.rest.Money;

/**
 * Payload of {@code kz.civic.procurement.tranche.paid.v1} on {@code procurement.contracts} (key =
 * contract id); {@code version} is the contract's. Schema:
 * {@code contracts/events/kz.civic.procurement.tranche.paid.v1.json}.
 */
public record TranchePaidEvent(UUID id, UUID contractId, UUID awardId, UUID callId, UUID ngoId, int sequence,
        Money amount, OffsetDateTime paidAt, long version) {

    public static final String TOPIC = ContractSignedEvent.TOPIC;
    public static final String TYPE = "kz.civic.procurement.tranche.paid.v1";

    public static TranchePaidEvent of(Contract c, Tranche t) {
        return new TranchePaidEvent(t.id, c.id, c.awardId, c.callId, c.ngoId, t.sequence, Money.kzt(t.amountKzt), t.paidAt,
                c.version);
    }
}
