package vn.thidua.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.EligibilityEngine;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.ParameterCsv;
import vn.thidua.rules.domain.ParameterTable;
import vn.thidua.rules.domain.Parameters;
import vn.thidua.rules.domain.Question;
import vn.thidua.rules.domain.Verdict;

/**
 * The engine alone, one thread: histories per second for one question (CSTĐ cấp tỉnh, the longest
 * chain of titles) and for a full screening (every award that fits an individual).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EngineBenchmark {

    static final int HISTORIES = 10_000;
    static final int YEAR = 2025;

    private final EligibilityEngine engine = new EligibilityEngine();
    private History[] histories;
    private Parameters parameters;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        histories = new History[HISTORIES];
        for (int i = 0; i < HISTORIES; i++) {
            histories[i] = SyntheticHistories.person(random, YEAR);
        }
        ParameterTable table = new ParameterTable(
                ParameterService.catalogue(),
                ParameterCsv.instruments(
                        EngineBenchmark.class.getClassLoader().getResourceAsStream("rules/legal-instruments.csv")));
        parameters = table.forYear(YEAR, null);
    }

    @Benchmark
    @OperationsPerInvocation(HISTORIES)
    public void oneQuestionPerHistory(Blackhole hole) {
        for (History h : histories) {
            hole.consume(
                    engine.check(new Question(YEAR, Award.CSTD_TINH, CommendationType.THUONG_XUYEN, h), parameters));
        }
    }

    /** What a screening does: the verdict of every award, the full answer only for those it keeps. */
    @Benchmark
    @OperationsPerInvocation(HISTORIES)
    public void screenEveryAward(Blackhole hole) {
        for (History h : histories) {
            for (Award award : Award.values()) {
                if (award.isFor(h.kind())) {
                    Question q = new Question(YEAR, award, CommendationType.THUONG_XUYEN, h);
                    if (engine.verdict(q, parameters) != Verdict.NOT_ELIGIBLE) {
                        hole.consume(engine.check(q, parameters));
                    }
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(HISTORIES)
    public void everyAwardPerHistory(Blackhole hole) {
        for (History h : histories) {
            for (Award award : Award.values()) {
                if (award.isFor(h.kind())) {
                    hole.consume(engine.check(new Question(YEAR, award, CommendationType.THUONG_XUYEN, h), parameters));
                }
            }
        }
    }
}
