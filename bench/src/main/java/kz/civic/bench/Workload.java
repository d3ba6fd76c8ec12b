package kz.civic.bench;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One benchmarked operation: how wrk drives it (a fixed request, or workload.lua with its environment) and how the
 * fixed-rate client builds each request. Both are asked again before every run, so a run can start from fresh
 * state (new BINs, NGOs that are ACTIVE right now).
 */
record Workload(String name, String description, String backend, boolean dbBacked, boolean viaGateway,
        Supplier<WrkSpec> wrk,
        Supplier<Supplier<FixedRate.Request>> requests) {

    /** What wrk sends: a path, headers, and (when {@code luaEnv} is not null) workload.lua with that environment. */
    record WrkSpec(String path, Map<String, String> headers, Map<String, String> luaEnv) {

        static WrkSpec fixed(String path, Map<String, String> headers) {
            return new WrkSpec(path, headers, null);
        }
    }
}
