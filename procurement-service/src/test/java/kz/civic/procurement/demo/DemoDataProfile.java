package kz.civic.procurement.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Demo data enabled, polling fast and settling in a second (the tests using it have their own database, procurement_demo). */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("civic.procurement.demo-data.enabled", "true",
                "civic.procurement.demo-data.poll-interval", "PT0.5S",
                "civic.procurement.demo-data.settle", "PT1S",
                "civic.procurement.demo-data.min-ngos", "100");
    }
}
