package kz.civic.procurement.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.civic.procurement.Contract;
import kz.civic.procurement.rest.Money;

/**
 * Payload of {@code kz.civic.procurement.contract.signed.v1} on {@code procurement.contracts} (key =
 * contract id). Schema: {@code contracts/events/kz.civic.procurement.contract.signed.v1.json}.
 */
public record ContractSignedEvent(UUID id, UUID awardId, UUID callId, UUID ngoId, Money amount, LocalDate periodStart,
        LocalDate periodEnd, OffsetDateTime signedAt, long version) {

    public static final String TOPIC = "procurement.contracts";
    public static final String TYPE = "kz.civic.procurement.contract.signed.v1";

    public static ContractSignedEvent of(Contract c) {
        return new ContractSignedEvent(c.id, c.awardId, c.callId, c.ngoId, Money.kzt(c.amountKzt), c.periodStart,
                c.periodEnd, c.signedAt, c.version);
    }
}
