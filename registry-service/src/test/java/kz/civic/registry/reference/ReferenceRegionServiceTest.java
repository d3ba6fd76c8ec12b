package kz.civic.registry.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import kz.civic.infra.testing.InfraTestResource;
import kz.civic.registry.reference.service.GovernmentBodyService;
import kz.civic.registry.reference.service.RegionService;
import org.junit.jupiter.api.Test;

/** The methods the NGO code calls to check region codes and government-body ids. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class ReferenceRegionServiceTest {

    @Inject
    RegionService regions;

    @Inject
    GovernmentBodyService governmentBodies;

    @Test
    void regionCodesAreValidOnlyWhileTheUnitExisted() {
        assertTrue(regions.isValid("KZ-75", LocalDate.of(2005, 7, 1)));
        assertTrue(regions.isValid("KZ-33", RegionService.today()));
        assertFalse(regions.isValid("KZ-33", LocalDate.of(2022, 6, 7)));
        assertTrue(regions.isValid("KZ-33", LocalDate.of(2022, 6, 8)));
        assertTrue(regions.isValid("KZ-YUZ", LocalDate.of(2018, 6, 18)));
        assertFalse(regions.isValid("KZ-YUZ", LocalDate.of(2018, 6, 19)));
        assertFalse(regions.isValid("KZ-79", LocalDate.of(2018, 6, 18)));
        assertFalse(regions.isValid("KZ-99", RegionService.today()));
        assertFalse(regions.isValid(null, RegionService.today()));
    }

    @Test
    void findsCurrentAndHistoricalUnits() {
        assertEquals("KZ-YUZ", regions.find("KZ-61").orElseThrow().predecessorCode);
        assertEquals(RegionKind.CITY, regions.find("KZ-79").orElseThrow().kind);
        assertTrue(regions.find("KZ-YUZ").isPresent());
        assertTrue(regions.find("KZ-99").isEmpty());
    }

    @Test
    void governmentBodyExistsForSeededIdsOnly() {
        assertTrue(governmentBodies.exists(GovernmentBodySeedTest.MCI));
        assertFalse(governmentBodies.exists(UUID.randomUUID()));
        assertFalse(governmentBodies.exists(null));
    }
}
