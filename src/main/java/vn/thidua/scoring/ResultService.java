package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.CycleService;
import vn.thidua.cycle.CycleView;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.RankedUnit;
import vn.thidua.scoring.domain.Ranking;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.Stage;
import vn.thidua.scoring.domain.Totals;
import vn.thidua.scoring.domain.UnitTotal;
import vn.thidua.scoring.internal.ResultStore;
import vn.thidua.scoring.internal.RoundStore;
import vn.thidua.scoring.internal.RoundStore.SheetRow;

/**
 * A bloc year's results as they are read: the discrepancies between self-scores and inspections,
 * the ranked final table with its objections and changes, each member's progress. The steps that
 * change them are use cases of their own ({@link DiscrepancySettlement}, {@link Consolidation},
 * {@link ObjectionHandling}, {@link ResultLock}).
 */
@Service
public class ResultService {

    private final RoundStore rounds;
    private final ResultStore results;
    private final BlocService blocs;
    private final CycleService cycle;
    private final Checks checks;
    private final RecentlyUsed<RankingKey, Ranked> ranking = new RecentlyUsed<>(200);

    ResultService(RoundStore rounds, ResultStore results, BlocService blocs, CycleService cycle, Checks checks) {
        this.rounds = rounds;
        this.results = results;
        this.blocs = blocs;
        this.cycle = cycle;
        this.checks = checks;
    }

    @Transactional(readOnly = true)
    public List<DiscrepancyView> discrepancies(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        if (!scope.leader() && !scope.board()) {
            throw checks.forbidden("round.leaderOnly");
        }
        return discrepancies(scope, round(yearId));
    }

    List<DiscrepancyView> discrepancies(BlocYearScope scope, RoundView round) {
        long yearId = round.blocYearId();
        Map<Long, Map<Long, BigDecimal>> self = rounds.points(yearId, SheetKind.SELF);
        Map<Long, Map<Long, BigDecimal>> inspection = rounds.points(yearId, SheetKind.INSPECTION);
        Map<Long, Map<Long, ResultStore.Resolution>> resolutions = results.resolutions(yearId);
        List<SheetRow> sheets = rounds.sheets(yearId);
        List<DiscrepancyView> flags = new ArrayList<>();
        for (UnitRef unit : scope.year().members()) {
            Optional<SheetRow> own = sheet(sheets, SheetKind.SELF, unit.id());
            Optional<SheetRow> inspected = sheet(sheets, SheetKind.INSPECTION, unit.id());
            if (own.isEmpty()
                    || !own.get().submitted()
                    || inspected.isEmpty()
                    || !inspected.get().submitted()) {
                continue;
            }
            UnitRef inspector =
                    ScoringService.unitOf(scope.year(), inspected.get().scorerUnitId());
            for (CriterionView c : round.criteria()) {
                BigDecimal s = self.getOrDefault(unit.id(), Map.of()).getOrDefault(c.id(), BigDecimal.ZERO);
                BigDecimal i = inspection.getOrDefault(unit.id(), Map.of()).getOrDefault(c.id(), BigDecimal.ZERO);
                if (round.discrepancyRule().flags(s, i, c.maxPoints())) {
                    ResultStore.Resolution r =
                            resolutions.getOrDefault(unit.id(), Map.of()).get(c.id());
                    flags.add(new DiscrepancyView(
                            unit,
                            inspector,
                            c,
                            s,
                            i,
                            r == null ? null : r.points(),
                            r == null ? null : r.reason(),
                            r == null ? null : r.resolvedBy()));
                }
            }
        }
        return flags;
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ResultsView results(CurrentUser user, long yearId) {
        return resultsOf(blocs.scope(user, yearId));
    }

    /** The results for a standing already read by the page (so that a request reads it once). */
    @Transactional(readOnly = true)
    public ResultsView resultsOf(BlocYearScope scope) {
        long yearId = scope.year().id();
        long version = rounds.version(yearId).orElseThrow(() -> checks.notFound("round.notFound"));
        return results(
                scope, ranking.get(new RankingKey(yearId, version, scope.year().version()), key -> rank(scope)));
    }

    /** After a write: computed afresh, never kept, since the transaction has not committed yet. */
    ResultsView results(BlocYearScope scope) {
        return results(scope, rank(scope));
    }

    private ResultsView results(BlocYearScope scope, Ranked ranked) {
        RoundView round = ranked.round();
        if (round.stage() == Stage.SCORING) {
            return new ResultsView(round, List.of(), List.of(), List.of());
        }
        List<ResultsView.ChangeView> changes = results.changes(round.blocYearId()).stream()
                .map(c -> new ResultsView.ChangeView(
                        ScoringService.unitOf(scope.year(), c.unitId()),
                        round.criterion(c.criterionId()).code(),
                        c.oldPoints(),
                        c.newPoints(),
                        c.reason(),
                        c.stage(),
                        c.changedBy(),
                        c.changedAt()))
                .toList();
        // units are named from this request's bloc year: a kept ranking never carries an old name
        List<ResultsView.Row> rows = ranked.rows().stream()
                .map(r -> new ResultsView.Row(
                        r.rank(),
                        ScoringService.unitOf(scope.year(), r.rank().total().unitId()),
                        r.points()))
                .toList();
        return new ResultsView(round, rows, objections(scope, round), changes);
    }

    /** A round and its ranked rows, valid while the round's and the bloc year's versions stay the same. */
    private record Ranked(RoundView round, List<ResultsView.Row> rows) {}

    private record RankingKey(long yearId, long roundVersion, long yearVersion) {}

    private Ranked rank(BlocYearScope scope) {
        RoundView round = round(scope.year().id());
        if (round.stage() == Stage.SCORING) {
            return new Ranked(round, List.of());
        }
        Map<Long, Map<Long, BigDecimal>> finals = results.finals(round.blocYearId());
        Map<Long, Map<String, BigDecimal>> byCode = new HashMap<>();
        List<UnitTotal> totals = new ArrayList<>();
        for (UnitRef unit : scope.year().members()) {
            Map<String, BigDecimal> points = new HashMap<>();
            finals.getOrDefault(unit.id(), Map.of())
                    .forEach((id, p) -> points.put(round.criterion(id).code(), p));
            byCode.put(unit.id(), points);
            totals.add(Totals.of(unit.id(), round.domainCriteria(), points, round.bonusCap(), round.penaltyCap()));
        }
        List<ResultsView.Row> rows = new ArrayList<>();
        for (RankedUnit ranked : Ranking.rank(totals, round.tieBreaks(), round.bands())) {
            rows.add(new ResultsView.Row(
                    ranked,
                    ScoringService.unitOf(scope.year(), ranked.total().unitId()),
                    Map.copyOf(finals.getOrDefault(ranked.total().unitId(), Map.of()))));
        }
        return new Ranked(round, List.copyOf(rows));
    }

    List<ResultsView.ObjectionView> objections(BlocYearScope scope, RoundView round) {
        return results.objections(round.blocYearId()).stream()
                .map(o -> new ResultsView.ObjectionView(
                        o.id(),
                        ScoringService.unitOf(scope.year(), o.unitId()),
                        o.criterionId() == null ? null : round.criterion(o.criterionId()),
                        o.reason(),
                        o.raisedBy(),
                        o.raisedAt(),
                        o.answer(),
                        o.answeredBy(),
                        o.answeredAt(),
                        o.version()))
                .toList();
    }

    /** Objections not answered yet: the lock waits for them. */
    long openObjections(long yearId) {
        return results.objections(yearId).stream()
                .filter(o -> o.answeredAt() == null)
                .count();
    }

    /** Each member's step in the year; the leader's overview of who is late. */
    @Transactional(readOnly = true)
    public ProgressView progress(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        CycleView cycleView = cycle.view(scope);
        Optional<RoundView> round = rounds.round(yearId);
        return new ProgressView(
                cycleView.launched(),
                round.orElse(null),
                members(
                        scope,
                        cycleView,
                        round.isPresent(),
                        round.map(RoundView::inspectionOpen).orElse(false)));
    }

    /**
     * What the bloc year's workspace shows, each read once: its cycle (launch, covenants), where its round stands
     * and each member's step, for a standing the page has already read.
     */
    @Transactional(readOnly = true)
    public WorkspaceView workspace(BlocYearScope scope) {
        CycleView cycleView = cycle.view(scope);
        Optional<RoundStatus> round = rounds.status(scope.year().id());
        return new WorkspaceView(
                cycleView,
                round,
                members(
                        scope,
                        cycleView,
                        round.isPresent(),
                        round.map(RoundStatus::inspectionOpen).orElse(false)));
    }

    /** The bloc year's cycle, where its round stands, and each member's step, read together for its workspace. */
    public record WorkspaceView(CycleView cycle, Optional<RoundStatus> round, List<ProgressView.Member> members) {

        public long unsigned() {
            return members.stream()
                    .filter(m -> m.covenant() != ProgressView.Step.DONE)
                    .count();
        }

        public long selfPending() {
            return members.stream()
                    .filter(m -> m.selfScore() != ProgressView.Step.DONE)
                    .count();
        }

        public long inspectionPending() {
            return members.stream()
                    .filter(m -> m.inspected() != ProgressView.Step.DONE)
                    .count();
        }
    }

    private List<ProgressView.Member> members(
            BlocYearScope scope, CycleView cycleView, boolean scoring, boolean inspectionOpen) {
        long yearId = scope.year().id();
        List<SheetRow> sheets = scoring ? rounds.sheets(yearId) : List.of();
        List<ResultStore.ObjectionRow> objections = scoring ? results.objections(yearId) : List.of();
        List<ProgressView.Member> members = new ArrayList<>();
        for (CycleView.Covenant covenant : cycleView.covenants()) {
            long unitId = covenant.unit().id();
            Optional<SheetRow> inspection = sheet(sheets, SheetKind.INSPECTION, unitId);
            Optional<SheetRow> inspects = sheets.stream()
                    .filter(s -> s.kind() == SheetKind.INSPECTION && s.scorerUnitId() == unitId)
                    .findFirst();
            members.add(new ProgressView.Member(
                    covenant.unit(),
                    covenant.signed()
                            ? ProgressView.Step.DONE
                            : covenant.registered() ? ProgressView.Step.DRAFT : ProgressView.Step.NOT_STARTED,
                    step(sheets, SheetKind.SELF, unitId, scoring),
                    inspection
                            .map(s -> ScoringService.unitOf(scope.year(), s.scorerUnitId()))
                            .orElse(null),
                    step(sheets, SheetKind.INSPECTION, unitId, inspectionOpen),
                    inspects.map(s -> ScoringService.unitOf(scope.year(), s.unitId()))
                            .orElse(null),
                    objections.stream()
                            .filter(o -> o.unitId() == unitId && o.answeredAt() == null)
                            .count(),
                    objections.stream()
                            .filter(o -> o.unitId() == unitId && o.answeredAt() != null)
                            .count()));
        }
        return List.copyOf(members);
    }

    private ProgressView.Step step(List<SheetRow> sheets, SheetKind kind, long unitId, boolean open) {
        Optional<SheetRow> sheet = sheet(sheets, kind, unitId);
        if (sheet.isPresent() && sheet.get().submitted()) {
            return ProgressView.Step.DONE;
        }
        boolean started =
                sheet.isPresent() && (kind == SheetKind.SELF || sheet.get().version() > 0);
        return open && started ? ProgressView.Step.DRAFT : ProgressView.Step.NOT_STARTED;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Optional<SheetRow> sheet(List<SheetRow> sheets, SheetKind kind, long unitId) {
        return sheets.stream()
                .filter(s -> s.kind() == kind && s.unitId() == unitId)
                .findFirst();
    }

    RoundView round(long yearId) {
        return rounds.round(yearId).orElseThrow(() -> checks.notFound("round.notFound"));
    }
}
