package kz.civic.gateway.ratelimit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matches a {@code RateLimit} field with an exact policy and {@code r}, and a {@code t} within bounds:
 * time passes between the requests of a test (a slow machine may take seconds), and the bucket
 * refills meanwhile.
 */
final class RateLimitFields extends TypeSafeMatcher<String> {

    private static final Pattern FIELD = Pattern.compile("\"([a-z]+)\";r=(\\d+);t=(\\d+)");

    private final String policy;
    private final long remaining;
    private final long minSeconds;
    private final long maxSeconds;

    private RateLimitFields(String policy, long remaining, long minSeconds, long maxSeconds) {
        this.policy = policy;
        this.remaining = remaining;
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
    }

    /** {@code "policy";r=remaining;t=...} with {@code t} at most {@code maxSeconds}, and at least half of it. */
    static RateLimitFields rateLimit(String policy, long remaining, long maxSeconds) {
        return new RateLimitFields(policy, remaining, maxSeconds / 2, maxSeconds);
    }

    @Override
    protected boolean matchesSafely(String field) {
        Matcher m = FIELD.matcher(field);
        if (!m.matches() || !m.group(1).equals(policy) || Long.parseLong(m.group(2)) != remaining) {
            return false;
        }
        long seconds = Long.parseLong(m.group(3));
        return seconds >= minSeconds && seconds <= maxSeconds;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("\"" + policy + "\";r=" + remaining + ";t=<" + minSeconds + " to " + maxSeconds + ">");
    }
}
