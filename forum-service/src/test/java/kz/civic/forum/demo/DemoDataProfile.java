package kz.civic.forum.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Demo data loading enabled, polling fast, with few NGOs enough (the tests using it also use their own database,
 * forum_demo, and fill its replicas themselves).
 */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("civic.forum.demo-data.enabled", "true",
                "civic.forum.demo-data.poll-interval", "PT0.5S",
                "civic.forum.demo-data.settle", "PT2S",
                "civic.forum.demo-data.min-ngos", "200");
    }
}
