package kz.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.problem.ApiException;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoPerson;
import kz.civic.platform.search.SearchKey;
import kz.civic.registry.reference.Sphere;
import kz.civic.registry.reference.repository.SphereRepository;
import kz.civic.registry.reference.service.RegionService;
import kz.civic.registry.repository.NgoRepository;
import kz.civic.registry.rest.NgoRequest;
import kz.civic.platform.security.IinHasher;

/**
 * Copies a validated {@link NgoRequest} onto an NGO after checking what Bean Validation cannot:
 * references to regions, spheres and the parent NGO, the branch rule of BIN digit 6, and the dates of
 * the BIN and of the head organisation (docs/conventions.md, "Identifiers and register rules").
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class NgoProfileWriter {

    private final NgoRepository ngos;
    private final SphereRepository spheres;
    private final RegionService regions;
    private final IinHasher iins;

    public NgoProfileWriter(NgoRepository ngos, SphereRepository spheres, RegionService regions, IinHasher iins) {
        this.ngos = ngos;
        this.spheres = spheres;
        this.regions = regions;
        this.iins = iins;
    }

    public void apply(NgoRequest r, Ngo ngo) {
        checkReferences(r, ngo);
        ngo.nameKk = r.names().kk();
        ngo.nameRu = r.names().ru();
        ngo.nameEn = r.names().en();
        ngo.shortName = r.shortName();
        ngo.aliases = r.aliases() == null ? new String[0] : r.aliases().toArray(String[]::new);
        ngo.legalForm = r.legalForm();
        ngo.regionCode = r.regionCode();
        ngo.registrationDate = r.registrationDate();
        ngo.parentNgoId = r.parentNgoId();
        ngo.address = r.address();
        ngo.settlement = r.settlement();
        ngo.contactEmail = r.contacts() == null ? null : r.contacts().email();
        ngo.contactPhone = r.contacts() == null ? null : r.contacts().phone();
        ngo.website = r.contacts() == null ? null : r.contacts().website();
        ngo.volunteersCount = r.volunteersCount();
        ngo.beneficiariesCount = r.beneficiariesCount();
        ngo.spheres.clear();
        if (r.spheres() != null) {
            ngo.spheres.addAll(r.spheres());
        }
        ngo.persons.clear();
        ngo.persons.addAll(persons(r));
        List<String> searchable = new ArrayList<>(List.of(ngo.aliases));
        searchable.addAll(Arrays.asList(ngo.nameKk, ngo.nameRu, ngo.nameEn, ngo.shortName));
        ngo.searchKey = SearchKey.stored(searchable);
        String sortName = ngo.nameRu != null && !ngo.nameRu.isBlank() ? ngo.nameRu : ngo.nameKk;
        ngo.sortName = sortName.toLowerCase(Locale.ROOT);
    }

    /**
     * Checks the request's references — current region, known spheres, parent rules of the BIN — and
     * dates against the NGO it would be applied to (422 problems). The BIN's month of registration
     * (positions 1–4) is not after the registration date ({@code bin-after-registration}); a branch
     * or representative office is not registered before its head organisation, nor a head after
     * one of its branches ({@code branch-before-head}).
     */
    public void checkReferences(NgoRequest r, Ngo ngo) {
        if (!regions.isValid(r.regionCode(), RegionService.today())) {
            throw ApiException.unprocessable("unknown-region", "regionCode", r.regionCode() + " is not a current region code");
        }
        if (r.spheres() != null && !r.spheres().isEmpty()) {
            Set<String> unknown = new TreeSet<>(r.spheres());
            spheres.ordered().stream().map((Sphere s) -> s.code).forEach(unknown::remove); // cached list
            if (!unknown.isEmpty()) {
                throw ApiException.unprocessable("unknown-sphere", "spheres", "unknown sphere codes: " + unknown)
                        .with("unknown", List.copyOf(unknown));
            }
        }
        String bin = ngo.bin != null ? ngo.bin : r.bin();
        LocalDate registered = r.registrationDate();
        // a BIN stored before its structure was checked may be invalid; the date rule needs a valid one
        if (bin != null && registered != null && Bin.isValid(bin)
                && Bin.registrationMonth(bin).isAfter(YearMonth.from(registered))) {
            throw ApiException.unprocessable("bin-after-registration", "bin", "BIN " + bin + " was assigned in "
                    + Bin.registrationMonth(bin) + " (positions 1–4), after the registration date " + registered);
        }
        boolean branch = bin != null && isBranchOrRepresentativeOffice(bin);
        if (branch && r.parentNgoId() == null) {
            throw ApiException.unprocessable("parent-required", "parentNgoId",
                    "BIN " + bin + " belongs to a branch or representative office: parentNgoId is required");
        }
        if (r.parentNgoId() != null) {
            if (bin != null && !branch) {
                throw ApiException.unprocessable("parent-not-allowed", "parentNgoId",
                        "BIN " + bin + " belongs to a head organisation, which has no parent");
            }
            Ngo parent = r.parentNgoId().equals(ngo.id) ? null : ngos.findByIdOptional(r.parentNgoId()).orElse(null);
            if (parent == null) {
                throw ApiException.unprocessable("unknown-parent", "parentNgoId", "parent NGO " + r.parentNgoId() + " is not in the register");
            }
            if (registered != null && registered.isBefore(parent.registrationDate)) {
                throw branchBeforeHead("registrationDate", "the head organisation " + parent.id + " was registered on "
                        + parent.registrationDate + ", after this branch's registration date " + registered);
            }
        }
        if (ngo.registrationDate != null && registered != null && registered.isAfter(ngo.registrationDate)) {
            ngos.earliestBranchRegistration(ngo.id).filter(registered::isAfter).ifPresent(earliest -> {
                throw branchBeforeHead("registrationDate", "a branch or representative office of this NGO was "
                        + "registered on " + earliest + ", before the registration date " + registered);
            });
        }
    }

    private static ApiException branchBeforeHead(String field, String detail) {
        return ApiException.unprocessable("branch-before-head", field, detail);
    }

    /** Digit 6 of the BIN: 1 branch, 2 representative office (both need a head organisation in the register). */
    public static boolean isBranchOrRepresentativeOffice(String bin) {
        char attribute = bin.charAt(5);
        return attribute == '1' || attribute == '2';
    }

    private List<NgoPerson> persons(NgoRequest r) {
        List<NgoPerson> persons = new ArrayList<>();
        if (r.leader() != null) {
            persons.add(person(NgoPerson.Role.LEADER, r.leader()));
        }
        if (r.founders() != null) {
            r.founders().forEach(f -> persons.add(person(NgoPerson.Role.FOUNDER, f)));
        }
        return persons;
    }

    private NgoPerson person(NgoPerson.Role role, NgoRequest.Person p) {
        return new NgoPerson(role, p.fullName(), p.iin(), iins.hash(p.iin()));
    }
}
