package kz.civic.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code Strict-Transport-Security}, sent only on answers to requests that came over https. */
@ConfigMapping(prefix = "gateway.hsts")
public interface SecurityHeadersConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("365d")
    Duration maxAge();

    @WithDefault("false")
    boolean includeSubdomains();
}
