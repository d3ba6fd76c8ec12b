package kz.civic.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.civic.platform.identity.Bin;
import kz.civic.platform.identity.Iin;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoPerson;
import kz.civic.registry.NgoStatus;
import kz.civic.registry.NgoStatusChange;
import kz.civic.registry.service.NgoProfileWriter;
import kz.civic.platform.security.IinHasher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator without Quarkus: deterministic, and every figure and identifier valid. */
class DemoDataGeneratorTest {

    private static final IinHasher HASHER = new IinHasher("demo-test-salt");
    private static DemoData data;

    @BeforeAll
    static void generate() {
        data = DemoDataGenerator.generate(HASHER);
    }

    @Test
    void sameDigestEveryRun() {
        String first = digest(data);
        assertEquals(first, digest(DemoDataGenerator.generate(HASHER)));
        assertFalse(first.equals(digest(DemoDataGenerator.generate(new IinHasher("another-salt")))),
                "the IIN hashes follow the deployment's salt");
    }

    @Test
    void reproducesTheSeedFigures() {
        List<Ngo> ngos = data.ngos();
        assertEquals(DemoDataGenerator.TOTAL, ngos.size());
        Map<NgoStatus, Long> byStatus = ngos.stream().collect(Collectors.groupingBy(n -> n.status, Collectors.counting()));
        DemoDataGenerator.STATUS_COUNTS.forEach((status, count) -> assertEquals(count.longValue(), byStatus.get(status), status.name()));
        assertEquals(DemoDataGenerator.LEGACY, ngos.stream().filter(n -> n.legacy).count());
        assertEquals(DemoDataGenerator.LEGACY, ngos.stream().filter(n -> n.bin == null).count());
        assertTrue(ngos.stream().filter(n -> n.legacy).allMatch(n -> n.status == NgoStatus.REGISTERED));
        Map<String, Long> byRegion = ngos.stream().collect(Collectors.groupingBy(n -> n.regionCode, Collectors.counting()));
        DemoDataGenerator.REGION_COUNTS.forEach((region, count) -> assertEquals(count.longValue(), byRegion.get(region), region));
        assertEquals(20, byRegion.size());
        assertTrue(ngos.stream().filter(n -> DemoDataGenerator.NEW_REGIONS.contains(n.regionCode))
                .allMatch(n -> !n.registrationDate.isBefore(DemoDataGenerator.NEW_REGIONS_FROM)));
        assertEquals(DemoDataGenerator.ON_TIME_2022, data.reports().stream().filter(r -> r.year() == 2022 && r.onTime()).count());
        assertTrue(data.reports().stream().anyMatch(r -> r.year() == 2022 && !r.onTime()));
    }

    @Test
    void registrationsFollowTheSeedTimeSeries() {
        Map<Integer, Long> cumulative = new TreeMap<>();
        for (Ngo n : data.ngos()) {
            for (int y = n.registrationDate.getYear(); y <= 2023; y++) {
                cumulative.merge(y, 1L, Long::sum);
            }
        }
        assertEquals(100, cumulative.get(1991));
        assertEquals(1_500, cumulative.get(1997));
        assertEquals(3_500, cumulative.get(2003));
        assertEquals(DemoDataGenerator.TOTAL, cumulative.get(2023));
        assertEquals(8.6, Math.round(1000.0 * (cumulative.get(2022) - cumulative.get(2021)) / cumulative.get(2021)) / 10.0);
        assertTrue(data.ngos().stream().noneMatch(n -> n.registrationDate.isAfter(DemoDataGenerator.AS_OF)));
    }

    @Test
    void identifiersAreValidAndUnique() {
        Set<String> bins = new HashSet<>();
        Map<UUID, Ngo> byId = data.ngos().stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        assertEquals(DemoDataGenerator.TOTAL, byId.size());
        Map<String, String> iinNames = new HashMap<>();
        for (Ngo n : data.ngos()) {
            if (n.bin != null) {
                assertEquals(Optional.empty(), Bin.problem(n.bin), n.bin);
                assertTrue(bins.add(n.bin), "duplicate BIN " + n.bin);
                assertEquals('4', n.bin.charAt(4));
                assertTrue(Integer.parseInt(n.bin.substring(6, 11)) < 10_000, "bench's MillionNgos needs serials below 10,000");
                assertEquals(String.format("%02d%02d", n.registrationDate.getYear() % 100, n.registrationDate.getMonthValue()),
                        n.bin.substring(0, 4));
                assertEquals(n.parentNgoId != null, NgoProfileWriter.isBranchOrRepresentativeOffice(n.bin), n.bin);
            }
            if (n.parentNgoId != null) {
                Ngo parent = byId.get(n.parentNgoId);
                assertNotNull(parent);
                assertNull(parent.parentNgoId);
                assertFalse(parent.legacy);
                assertTrue(parent.registrationDate.isBefore(n.registrationDate));
                assertEquals(parent.legalForm, n.legalForm);
            }
            assertTrue(n.nameRu != null || n.nameKk != null);
            assertTrue(n.spheres.size() >= 1 && n.spheres.size() <= 3, n.spheres.toString());
            assertTrue(DemoDataGenerator.sphereCodes().containsAll(n.spheres));
            long leaders = n.persons.stream().filter(p -> p.role == NgoPerson.Role.LEADER).count();
            long founders = n.persons.stream().filter(p -> p.role == NgoPerson.Role.FOUNDER).count();
            assertEquals(1, leaders);
            assertTrue(founders >= 1 && founders <= 3);
            for (NgoPerson p : n.persons) {
                assertEquals(Optional.empty(), Iin.problem(p.iin), p.iin);
                assertEquals(HASHER.hash(p.iin), p.iinHash);
                String previous = iinNames.putIfAbsent(p.iin, p.fullName);
                assertTrue(previous == null || previous.equals(p.fullName), "one IIN, one person: " + p.iin);
            }
            assertFalse(n.searchKey.isBlank());
            assertFalse(n.sortName.isBlank());
        }
        assertTrue(data.ngos().stream().filter(n -> n.parentNgoId != null).count() >= 300);
    }

    @Test
    void historiesVersionsAndReportsAreConsistent() {
        Map<UUID, List<NgoStatusChange>> history = data.statusChanges().stream()
                .collect(Collectors.groupingBy(c -> c.ngoId));
        Map<UUID, List<DemoData.Report>> reports = data.reports().stream().collect(Collectors.groupingBy(DemoData.Report::ngoId));
        for (Ngo n : data.ngos()) {
            List<NgoStatusChange> changes = new ArrayList<>(history.get(n.id));
            changes.sort(Comparator.comparingLong(c -> c.ngoVersion));
            assertNull(changes.get(0).from);
            assertEquals(NgoStatus.REGISTERED, changes.get(0).to);
            assertEquals(0, changes.get(0).ngoVersion);
            for (int i = 1; i < changes.size(); i++) {
                NgoStatusChange c = changes.get(i);
                assertEquals(changes.get(i - 1).to, c.from);
                assertTrue(c.from.canChangeTo(c.to), c.from + " -> " + c.to);
                assertTrue(c.ngoVersion > changes.get(i - 1).ngoVersion);
                assertTrue(c.changedAt.isAfter(changes.get(i - 1).changedAt));
            }
            assertEquals(n.status, changes.get(changes.size() - 1).to);
            List<DemoData.Report> own = reports.getOrDefault(n.id, List.of());
            int revisions = own.stream().mapToInt(DemoData.Report::revision).sum();
            assertEquals(changes.size() - 1 + revisions, n.version, "one version per status change and report revision");
            Integer last = own.stream().map(DemoData.Report::year).max(Integer::compare).orElse(null);
            assertEquals(last, n.lastReportYear);
            if (last != null) {
                DemoData.Report lastReport = own.stream().filter(r -> r.year() == last).findFirst().orElseThrow();
                assertEquals(lastReport.onTime(), n.lastReportOnTime);
            }
            for (DemoData.Report r : own) {
                assertEquals(LocalDate.of(r.year() + 1, 3, 31), r.deadline());
                LocalDate filedOn = r.filedAt().toLocalDate();
                assertEquals(!filedOn.isAfter(r.deadline()), r.onTime());
                assertTrue(r.year() >= n.registrationDate.getYear() && filedOn.getYear() > r.year());
                assertFalse(filedOn.isAfter(DemoDataGenerator.AS_OF));
                assertFalse(n.legacy);
            }
        }
        assertEquals(data.reports().stream().mapToInt(DemoData.Report::revision).sum(), data.revisions().size());
    }

    @Test
    void namedOrganisationsAndMemberships() {
        for (NamedOrganisations.Named named : NamedOrganisations.ALL) {
            assertTrue(data.named().containsKey(named.key()), named.key());
        }
        UUID alliance = data.named().get(NamedOrganisations.CIVIL_ALLIANCE);
        assertEquals(DemoDataGenerator.MARKER_ID, alliance);
        Map<UUID, Ngo> byId = data.ngos().stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        assertEquals("Объединение юридических лиц в форме ассоциации «Гражданский альянс Казахстана»", byId.get(alliance).nameRu);
        assertEquals(12, data.ngos().stream().filter(n -> data.named().get(NamedOrganisations.BUREAU).equals(n.parentNgoId)).count());
        long regionalAlliances = data.memberships().stream().filter(m -> m.memberOfId().equals(alliance))
                .filter(m -> byId.get(m.ngoId()).nameRu != null && byId.get(m.ngoId()).nameRu.contains("Гражданский альянс"))
                .count();
        assertEquals(20, regionalAlliances);
        assertTrue(data.memberships().size() >= 300 && data.memberships().size() <= 1000, "" + data.memberships().size());
        Set<String> pairs = new HashSet<>();
        for (DemoData.Membership m : data.memberships()) {
            Ngo member = byId.get(m.ngoId());
            Ngo of = byId.get(m.memberOfId());
            assertTrue(pairs.add(m.ngoId() + "/" + m.memberOfId()));
            assertFalse(m.since().isBefore(member.registrationDate));
            assertFalse(m.since().isBefore(of.registrationDate));
            assertTrue(m.validUntil() == null || !m.validUntil().isBefore(m.since()));
        }
    }

    @Test
    void vocabularyParses() {
        for (DemoVocabulary.Word w : DemoVocabulary.WORDS) {
            assertTrue(w.latin().matches("[A-Za-z' -]+"), w.toString());
            assertTrue(w.ru().matches("[А-Яа-яЁё -]+"), w.toString());
        }
        assertEquals(DemoDataGenerator.TOTAL, DemoDataGenerator.REGION_COUNTS.values().stream().mapToInt(i -> i).sum());
        assertEquals(DemoDataGenerator.TOTAL, DemoDataGenerator.STATUS_COUNTS.values().stream().mapToInt(i -> i).sum());
    }

    /** SHA-256 of every table's COPY input. */
    static String digest(DemoData d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Writer sink = new Writer() {
                @Override
                public void write(char[] buffer, int off, int len) {
                    sha.update(new String(buffer, off, len).getBytes(StandardCharsets.UTF_8));
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            ObjectMapper mapper = new ObjectMapper();
            for (DemoTables.Table table : DemoTables.TABLES) {
                sha.update(table.copySql().getBytes(StandardCharsets.UTF_8));
                table.rows().write(d, mapper, new DemoTables.Csv(sink));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
