package kz.civic.forum.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** forum-service settings ({@code forum.*}; environment {@code FORUM_*}). */
@ConfigMapping(prefix = "forum")
public interface ForumConfig {

    /** How long addressees have to answer a submitted recommendation (issue 4 item 3). */
    @WithDefault("P30D")
    Duration responseDeadline();
}
