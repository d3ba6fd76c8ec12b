package kz.civic.registry.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Demo data loading enabled (the tests using it also use their own database, registry_demo). */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("civic.registry.demo-data.enabled", "true");
    }
}
