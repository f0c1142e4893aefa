package vn.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark once, at a tiny size, in one JVM: CI runs it so that a benchmark which no longer
 * compiles or runs against the application fails the build the day it breaks, not the day someone
 * measures. The figures printed mean nothing at these sizes. Exits 1 at the first benchmark that throws.
 * Usage: java ... vn.thidua.bench.Smoke [name ...] (all when none is named).
 */
public final class Smoke {

    private Smoke() {}

    @FunctionalInterface
    interface Bench {
        void run() throws Exception;
    }

    record Step(String name, Bench bench) {}

    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("EngineBenchmark", () -> jmh(EngineBenchmark.class)));
        steps.add(new Step("ConsolidationBenchmark", () -> jmh(ConsolidationBenchmark.class)));
        steps.add(new Step("DocumentBench", () -> DocumentBench.main(new String[] {"5"})));
        steps.add(new Step("ScoringBench", () -> {
            System.setProperty("members", "3");
            System.setProperty("criteria", "6");
            ScoringBench.main(new String[] {"2", "1"});
        }));
        steps.add(new Step("ScreeningBench", () -> ScreeningBench.main(new String[] {"500"})));
        steps.add(new Step("RegistryBench", () -> {
            System.setProperty("units", "20");
            System.setProperty("sheetRows", "50");
            RegistryBench.main(new String[] {"500"});
        }));
        steps.add(new Step("BackupBench", () -> BackupBench.main(new String[] {"200"})));
        steps.add(new Step("OnboardingBench", () -> OnboardingBench.main(new String[] {"20"})));
        steps.add(new Step("ApiAuthBench", () -> ApiAuthBench.main(new String[] {"2", "1"})));
        steps.add(new Step("PageBench", () -> {
            System.setProperty("strict", "true");
            PageBench.main(new String[] {"2", "1"});
        }));
        steps.add(new Step("PageCost", () -> PageCost.main(new String[] {"5"})));
        steps.add(new Step("MixedBench", () -> {
            System.setProperty("strict", "true");
            MixedBench.main(new String[] {"4", "2"});
        }));
        steps.add(new Step("VotingBench", () -> VotingBench.main(new String[] {"6", "1"})));
        return steps;
    }

    /** One fork-less iteration of a fraction of a second, failing on any exception of the benchmark. */
    static void jmh(Class<?> benchmark) throws Exception {
        new Runner(new OptionsBuilder()
                        .include(benchmark.getSimpleName())
                        .forks(0)
                        .warmupIterations(0)
                        .measurementIterations(1)
                        .measurementTime(TimeValue.milliseconds(200))
                        .shouldFailOnError(true)
                        .build())
                .run();
    }

    public static void main(String[] args) {
        List<String> only = List.of(args);
        long start = System.nanoTime();
        for (Step step : steps()) {
            if (!only.isEmpty() && !only.contains(step.name())) {
                continue;
            }
            long t0 = System.nanoTime();
            System.out.println("== " + step.name());
            try {
                step.bench().run();
            } catch (Throwable e) {
                System.err.println("== " + step.name() + " FAILED");
                e.printStackTrace();
                System.exit(1);
            }
            System.out.printf("== %s: ok (%.1f s)%n", step.name(), (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("== every benchmark ran (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        // servers' non-daemon threads (embedded database watchers, HTTP clients) must not keep CI waiting
        System.exit(0);
    }
}
