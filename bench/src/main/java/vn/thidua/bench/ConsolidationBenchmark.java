package vn.thidua.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.thidua.scoring.domain.CompletionBand;
import vn.thidua.scoring.domain.Criterion;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.DiscrepancyRule;
import vn.thidua.scoring.domain.RankedUnit;
import vn.thidua.scoring.domain.Ranking;
import vn.thidua.scoring.domain.TieBreak;
import vn.thidua.scoring.domain.Totals;
import vn.thidua.scoring.domain.UnitTotal;

/** The arithmetic of a consolidation: 15 members × 120 criteria, discrepancy flags, totals with caps, ranking. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConsolidationBenchmark {

    List<Criterion> criteria = new ArrayList<>();
    List<Map<String, BigDecimal>> self = new ArrayList<>();
    List<Map<String, BigDecimal>> inspection = new ArrayList<>();
    DiscrepancyRule rule = new DiscrepancyRule(BigDecimal.ONE, BigDecimal.valueOf(20));
    List<CompletionBand> bands = List.of(
            new CompletionBand("Xuất sắc", BigDecimal.valueOf(900)),
            new CompletionBand("Tốt", BigDecimal.valueOf(700)),
            new CompletionBand("Hoàn thành", BigDecimal.valueOf(500)));

    @Setup
    public void setUp() {
        Random random = new Random(7);
        for (int c = 0; c < 120; c++) {
            CriterionKind kind = c < 110 ? CriterionKind.SCORED : c < 115 ? CriterionKind.BONUS : CriterionKind.PENALTY;
            criteria.add(new Criterion("C" + c, "G", "Tiêu chí", kind, BigDecimal.TEN));
        }
        for (int u = 0; u < 15; u++) {
            Map<String, BigDecimal> s = new HashMap<>();
            Map<String, BigDecimal> i = new HashMap<>();
            for (Criterion c : criteria) {
                BigDecimal p = BigDecimal.valueOf(random.nextInt(21), 1)
                        .add(BigDecimal.valueOf(8))
                        .min(BigDecimal.TEN);
                s.put(c.code(), p);
                i.put(
                        c.code(),
                        random.nextInt(10) == 0
                                ? p.subtract(BigDecimal.valueOf(2)).max(BigDecimal.ZERO)
                                : p);
            }
            self.add(s);
            inspection.add(i);
        }
    }

    @Benchmark
    public List<RankedUnit> consolidateAndRank() {
        List<UnitTotal> totals = new ArrayList<>(15);
        for (int u = 0; u < 15; u++) {
            Map<String, BigDecimal> finals = new HashMap<>(inspection.get(u));
            for (Criterion c : criteria) {
                if (rule.flags(self.get(u).get(c.code()), inspection.get(u).get(c.code()), c.maxPoints())) {
                    finals.put(
                            c.code(),
                            self.get(u)
                                    .get(c.code())
                                    .add(inspection.get(u).get(c.code()))
                                    .divide(BigDecimal.valueOf(2)));
                }
            }
            totals.add(Totals.of(u, criteria, finals, BigDecimal.valueOf(5), BigDecimal.valueOf(5)));
        }
        return Ranking.rank(totals, List.of(TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_CRITERIA_AT_MAX), bands);
    }
}
