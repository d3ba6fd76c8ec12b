package kz.civic.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operationId rule of docs/conventions.md, on the paths the services have. */
class OperationIdsTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = ' ', value = {
        "GET /api/v1/ngos listNgos",
        "POST /api/v1/ngos createNgo",
        "GET /api/v1/ngos/{id} getNgo",
        "PUT /api/v1/ngos/{id} replaceNgo",
        "PATCH /api/v1/ngos/{id} updateNgo",
        "GET /api/v1/ngos/by-bin/{bin} getNgoByBin",
        "POST /api/v1/ngos/{id}/status-changes createNgoStatusChange",
        "GET /api/v1/ngos/{id}/history getNgoHistory",
        "GET /api/v1/ngos/statistics getNgosStatistics",
        "GET /api/v1/ngos/statistics/reporting getNgosStatisticsReporting",
        "DELETE /api/v1/ngos/{id}/memberships/{memberOfId} deleteNgoMembership",
        "GET /api/v1/ngos/{id}/reports/{year}/revisions listNgoReportRevisions",
        "GET /api/v1/government-bodies listGovernmentBodies",
        "GET /api/v1/government-bodies/{id} getGovernmentBody",
        "POST /api/v1/registration-applications/{id}/approval createRegistrationApplicationApproval",
        "GET /api/v1/reference/regions/{code} getReferenceRegion",
        "GET /api/v1/reference/regions listReferenceRegions",
        "POST /api/v1/contracts/{id}/tranches/{sequence}/payment createContractTranchePayment",
        "POST /api/v1/calls/{id}/commission-members createCallCommissionMember",
        "GET /api/v1/calls/{id}/ranking getCallRanking",
        "GET /api/v1/recommendations/{id}/evidence getRecommendationEvidence",
        "POST /api/v1/recommendations/{id}/evidence createRecommendationEvidence",
        "GET /api/v1/recommendations/overdue getRecommendationsOverdue",
        "GET /api/v1/open-data/ocds/releases listOpenDataOcdsReleases",
        "GET /api/v1/open-data/360giving getOpenData360giving",
        "GET /api/v1/action-plans/{planId}/items/{itemId}/measurements listActionPlanItemMeasurements",
        "GET /internal/addresses listInternalAddresses",
    })
    void aMethodAndAPathMakeOneName(String method, String path, String id) {
        assertEquals(id, OperationIds.of(method, path));
    }

    @ParameterizedTest
    @CsvSource({"bodies,body", "statuses,status", "status,status", "boxes,box", "addresses,address",
        "statistics,statistics", "tranches,tranche", "analysis,analysis", "ngos,ngo", "evidence,evidence"})
    void singular(String word, String singular) {
        assertEquals(singular, OperationIds.singular(word));
    }
}
