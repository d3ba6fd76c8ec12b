package kz.civic.registry.event;

import java.time.LocalDate;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.Ngo;

/**
 * Payload of {@code kz.civic.registry.ngo.registered.v1} on topic {@code registry.ngos}; schema:
 * {@code contracts/events/kz.civic.registry.ngo.registered.v1.json}.
 */
public record NgoRegisteredEvent(UUID ngoId, String bin, boolean legacy, LocalizedText names, String shortName,
        String legalForm, boolean eligibleForStateNgoFunding, String regionCode, LocalDate registrationDate,
        String status, long version) {

    public static final String TOPIC = "registry.ngos";
    public static final String TYPE = "kz.civic.registry.ngo.registered.v1";

    public static NgoRegisteredEvent of(Ngo ngo) {
        return new NgoRegisteredEvent(ngo.id, ngo.bin, ngo.legacy, new LocalizedText(ngo.nameKk, ngo.nameRu, ngo.nameEn),
                ngo.shortName, ngo.legalForm.name(), ngo.legalForm.eligibleForStateNgoFunding(), ngo.regionCode,
                ngo.registrationDate, ngo.status.name(), ngo.version);
    }
}
