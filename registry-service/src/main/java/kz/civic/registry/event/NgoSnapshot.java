package kz.civic.registry.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.civic.platform.web.LocalizedText;
import kz.civic.registry.Ngo;

/**
 * Payload of {@code ngo.registered.v1} and {@code ngo.updated.v1}: the NGO's public fields, its
 * spheres and its people as salted IIN hashes only (never names or IINs), and its reporting
 * compliance ({@code lastReportYear}, null when it never filed an NGO-Database report).
 */
public record NgoSnapshot(UUID ngoId, String bin, boolean legacy, LocalizedText names, String shortName,
        List<String> aliases, String legalForm, boolean eligibleForStateNgoFunding, String regionCode,
        LocalDate registrationDate, UUID parentNgoId, Set<String> spheres, List<PersonRef> persons, String status,
        Integer lastReportYear, long version) {

    /** A leader or founder, identified only by the salted hash of the IIN. */
    public record PersonRef(String role, String iinHash) {
    }

    public static NgoSnapshot of(Ngo n) {
        return new NgoSnapshot(n.id, n.bin, n.legacy, new LocalizedText(n.nameKk, n.nameRu, n.nameEn), n.shortName,
                List.of(n.aliases), n.legalForm.name(), n.legalForm.eligibleForStateNgoFunding(), n.regionCode,
                n.registrationDate, n.parentNgoId, Set.copyOf(n.spheres),
                n.persons.stream().map(p -> new PersonRef(p.role.name(), p.iinHash)).toList(), n.status.name(),
                n.lastReportYear, n.version);
    }
}
