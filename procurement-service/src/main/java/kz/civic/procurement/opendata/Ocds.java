package kz.civic.procurement.opendata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The parts of the Open Contracting Data Standard 1.1 that procurement publishes (field names as in
 * release-schema.json; absent values are left out). Texts are Russian, or Kazakh where there is no
 * Russian; the other languages go into the standard's {@code title_kk} / {@code title_en} variants.
 */
public final class Ocds {

    private Ocds() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReleasePackage(String uri, String version, OffsetDateTime publishedDate, Publisher publisher,
            String license, String publicationPolicy, List<Release> releases, Links links) {
    }

    /** The pagination links of a package (as the OCDS pagination extension names them). */
    public record Links(String next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publisher(String name, String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Release(String ocid, String id, OffsetDateTime date, List<String> tag, String initiationType,
            String language, List<Organization> parties, OrganizationReference buyer, Planning planning, Tender tender,
            List<Award> awards, List<Contract> contracts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, Identifier identifier, Address address, List<String> roles) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identifier(String scheme, String id, String legalName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String region, String countryName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationReference(String id, String name) {
    }

    public record Value(BigDecimal amount, String currency) {
        public static Value kzt(BigDecimal amount) {
            return new Value(amount, "KZT");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(OffsetDateTime startDate, OffsetDateTime endDate, Integer durationInDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Planning(String rationale, Budget budget) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Budget(String id, String description, Value amount, String project, String projectID) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tender(String id, String title, @JsonProperty("title_kk") String titleKk,
            @JsonProperty("title_en") String titleEn, String status, OrganizationReference procuringEntity, Value value,
            String procurementMethod, String procurementMethodDetails, String mainProcurementCategory,
            String awardCriteria, String awardCriteriaDetails, String eligibilityCriteria, Period tenderPeriod,
            Period awardPeriod, Period contractPeriod, Integer numberOfTenderers, List<OrganizationReference> tenderers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Award(String id, String title, String status, OffsetDateTime date, Value value,
            List<OrganizationReference> suppliers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contract(String id, String awardID, String status, Period period, Value value, OffsetDateTime dateSigned,
            Implementation implementation) {
    }

    public record Implementation(List<Transaction> transactions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transaction(String id, OffsetDateTime date, Value value, OrganizationReference payer,
            OrganizationReference payee) {
    }
}
