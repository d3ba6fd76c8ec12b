/** The benchmark suite (issue 8): ceilings, workloads, event latency, startup and memory; see bench/README.md. */
package kz.civic.bench;
