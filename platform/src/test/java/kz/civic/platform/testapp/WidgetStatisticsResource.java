package kz.civic.platform.testapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.civic.platform.web.Csv;
import kz.civic.platform.web.LocalizedText;
import kz.civic.platform.web.Statistics;
import org.jboss.resteasy.reactive.RestResponse;

/** A statistics answer in the platform's shape, as JSON and as CSV (the CSV answered two ways). */
@Path("/widgets/statistics")
public class WidgetStatisticsResource {

    public record WidgetStatisticsGroup(String key, LocalizedText name, long count) {
    }

    public record WidgetStatisticsTotals(long count) {
    }

    public record WidgetStatisticsResponse(List<WidgetStatisticsGroup> groups, WidgetStatisticsTotals totals)
            implements Statistics<WidgetStatisticsGroup, WidgetStatisticsTotals> {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public WidgetStatisticsResponse json() {
        return new WidgetStatisticsResponse(List.of(new WidgetStatisticsGroup("A", new LocalizedText("a", "а, б", null), 2),
                new WidgetStatisticsGroup("=B", null, 1)), new WidgetStatisticsTotals(3));
    }

    @GET
    @Produces(Csv.PRODUCES)
    public RestResponse<String> csv() {
        return Csv.ok(Csv.of(WidgetStatisticsGroup.class, json().groups()));
    }

    /** A CSV answered as a bare string: the platform still writes the exact content type. */
    @GET
    @Path("/plain")
    @Produces(Csv.PRODUCES)
    public String plain() {
        return "key\r\nA\r\n";
    }
}
