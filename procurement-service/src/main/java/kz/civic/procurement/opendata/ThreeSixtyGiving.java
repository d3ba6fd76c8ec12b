package kz.civic.procurement.opendata;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The parts of the 360Giving Data Standard 1.4 that procurement publishes (field names as in 360-giving-schema.json). */
public final class ThreeSixtyGiving {

    private ThreeSixtyGiving() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GrantPackage(String version, String title, String description, OffsetDateTime modified,
            Publisher publisher, String license, List<Grant> grants, Links links) {
    }

    /** The pagination links of a package. */
    public record Links(String next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publisher(String name, String website) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grant(String id, String title, String description, String currency, BigDecimal amountAwarded,
            BigDecimal amountDisbursed, OffsetDateTime awardDate, List<Event> plannedDates,
            List<Organization> recipientOrganization, List<Organization> fundingOrganization,
            List<GrantProgramme> grantProgramme, String fromOpenCall, List<Location> beneficiaryLocation,
            List<Transaction> disbursementTransaction, OffsetDateTime dateModified, String dataSource) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, String companyNumber, String addressRegion, String addressCountry) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String startDate, String endDate, Integer duration) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GrantProgramme(String code, String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String name, String countryCode, String geoCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transaction(String id, OffsetDateTime transactionDate, String currency, BigDecimal value) {
    }
}
