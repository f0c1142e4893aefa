package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.CycleService;
import vn.thidua.cycle.CycleView;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.RankedUnit;
import vn.thidua.scoring.domain.Ranking;
import vn.thidua.scoring.domain.Totals;
import vn.thidua.scoring.domain.UnitTotal;
import vn.thidua.scoring.internal.ResultStore;
import vn.thidua.scoring.internal.RoundStore;
import vn.thidua.scoring.internal.RoundStore.SheetRow;

/**
 * From the submitted sheets to the ranking: discrepancies the leader settles, consolidation of the
 * final table, the members' objections and the leader's answers, the board's lock, and after it only
 * the board's audited adjustments.
 */
@Service
public class ResultService {

    private final RoundStore rounds;
    private final ResultStore results;
    private final BlocService blocs;
    private final CycleService cycle;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final RecentlyUsed<RankingKey, Ranked> ranking = new RecentlyUsed<>(200);

    private final vn.thidua.platform.audit.AuditLog audit;

    ResultService(
            RoundStore rounds,
            ResultStore results,
            BlocService blocs,
            CycleService cycle,
            Checks checks,
            Messages messages,
            Clock clock,
            vn.thidua.platform.audit.AuditLog audit) {
        this.audit = audit;
        this.rounds = rounds;
        this.results = results;
        this.blocs = blocs;
        this.cycle = cycle;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- discrepancies ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<DiscrepancyView> discrepancies(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        return discrepancies(scope, round(yearId));
    }

    private List<DiscrepancyView> discrepancies(BlocYearScope scope, RoundView round) {
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

    @Transactional
    public DiscrepancyView resolve(CurrentUser user, long yearId, ResultCommands.Resolve command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        RoundView round = roundForUpdate(yearId);
        Checks.Collector check = checks.none();
        requireStage(round, Stage.SCORING, "sheet.closed");
        DiscrepancyView flag = discrepancies(scope, round).stream()
                .filter(d -> command.unitId() != null
                        && d.unit().id() == command.unitId()
                        && command.criterionCode() != null
                        && d.criterion()
                                .code()
                                .equalsIgnoreCase(command.criterionCode().strip()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("discrepancy.notFound")));
        requireNotOwnUnit(scope, flag.unit().id());
        BigDecimal points = points(check, "points", command.points(), flag.criterion(), true);
        reason(check, "reason", command.reason(), "discrepancy.reason.required");
        check.throwIfInvalid();
        results.resolve(
                yearId,
                flag.unit().id(),
                flag.criterion().id(),
                points,
                command.reason().strip(),
                user.username(),
                clock.instant());
        return discrepancies(scope, round).stream()
                .filter(d -> d.unit().id() == flag.unit().id()
                        && d.criterion().id().equals(flag.criterion().id()))
                .findFirst()
                .orElseThrow();
    }

    // ---- consolidation, objections, lock ---------------------------------------------------------

    @Transactional
    public ResultsView consolidate(CurrentUser user, long yearId, ResultCommands.Consolidate command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        RoundView round = roundForUpdate(yearId);
        requireStage(round, Stage.SCORING, "consolidate.notScoring");
        Checks.Collector check = checks.none();
        List<SheetRow> sheets = rounds.sheets(yearId);
        List<String> missingSelf = new ArrayList<>();
        List<String> missingInspection = new ArrayList<>();
        for (UnitRef unit : scope.year().members()) {
            if (sheet(sheets, SheetKind.SELF, unit.id())
                    .filter(SheetRow::submitted)
                    .isEmpty()) {
                missingSelf.add(unit.name());
            }
            if (sheet(sheets, SheetKind.INSPECTION, unit.id())
                    .filter(SheetRow::submitted)
                    .isEmpty()) {
                missingInspection.add(unit.name());
            }
        }
        if (!missingSelf.isEmpty()) {
            check.reject("stage", "consolidate.missingSelf", String.join(", ", missingSelf));
        }
        if (!missingInspection.isEmpty()) {
            check.reject("stage", "consolidate.missingInspection", String.join(", ", missingInspection));
        }
        List<DiscrepancyView> flags = discrepancies(scope, round);
        long open = flags.stream().filter(d -> !d.settled()).count();
        if (open > 0) {
            check.reject("stage", "consolidate.openDiscrepancies", open);
        }
        if (command.objectionFrom() == null) {
            check.reject("objectionFrom", "consolidate.from.required");
        }
        if (command.objectionUntil() == null) {
            check.reject("objectionUntil", "consolidate.until.required");
        } else if (command.objectionFrom() != null && command.objectionUntil().isBefore(command.objectionFrom())) {
            check.reject("objectionUntil", "consolidate.until.beforeFrom");
        }
        check.throwIfInvalid();
        Map<Long, Map<Long, BigDecimal>> inspection = rounds.points(yearId, SheetKind.INSPECTION);
        Map<Long, Map<Long, BigDecimal>> finals = new HashMap<>();
        for (UnitRef unit : scope.year().members()) {
            Map<Long, BigDecimal> unitFinal = new HashMap<>();
            for (CriterionView c : round.criteria()) {
                unitFinal.put(
                        c.id(), inspection.getOrDefault(unit.id(), Map.of()).getOrDefault(c.id(), BigDecimal.ZERO));
            }
            finals.put(unit.id(), unitFinal);
        }
        flags.forEach(d -> finals.get(d.unit().id()).put(d.criterion().id(), d.resolved()));
        if (!results.consolidate(
                yearId,
                command.objectionFrom(),
                command.objectionUntil(),
                user.username(),
                clock.instant(),
                command.version())) {
            throw new OptimisticLockingFailureException("round " + yearId + " changed");
        }
        results.insertFinal(yearId, finals);
        return results(scope);
    }

    @Transactional
    public ResultsView.ObjectionView object(CurrentUser user, long yearId, ResultCommands.Objection command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        if (!scope.member()) {
            throw new AccessDeniedException("only a member unit objects");
        }
        RoundView round = roundForUpdate(yearId);
        Checks.Collector check = checks.none();
        if (!round.objectionWindowOpen(LocalDate.now(clock))) {
            check.reject("reason", "objection.windowClosed", dates(round));
        }
        CriterionView criterion = null;
        if (command.criterionCode() != null && !command.criterionCode().isBlank()) {
            criterion = round.criterion(command.criterionCode());
            if (criterion == null) {
                check.reject(
                        "criterionCode",
                        "sheet.code.unknown",
                        "",
                        command.criterionCode().strip());
            }
        }
        reason(check, "reason", command.reason(), "objection.reason.required");
        check.throwIfInvalid();
        long id = results.insertObjection(
                yearId,
                scope.memberUnitId(),
                criterion == null ? null : criterion.id(),
                command.reason().strip(),
                user.username(),
                clock.instant());
        return objections(scope, round).stream()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public ResultsView.ObjectionView answer(
            CurrentUser user, long yearId, long objectionId, ResultCommands.Answer command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        RoundView round = roundForUpdate(yearId);
        requireStage(round, Stage.CONSOLIDATED, "objection.notConsolidated");
        ResultStore.ObjectionRow objection = results.objection(yearId, objectionId)
                .orElseThrow(() -> new NotFoundException(messages.get("objection.notFound", objectionId)));
        requireNotOwnUnit(scope, objection.unitId());
        Checks.Collector check = checks.none();
        if (objection.answeredAt() != null) {
            check.reject("answer", "objection.answered");
        }
        reason(check, "answer", command.answer(), "objection.answer.required");
        BigDecimal points = null;
        if (command.points() != null && !command.points().isBlank()) {
            if (objection.criterionId() == null) {
                check.reject("points", "objection.points.noCriterion");
            } else {
                points = points(check, "points", command.points(), round.criterion(objection.criterionId()), true);
            }
        }
        check.throwIfInvalid();
        if (!results.answer(
                objectionId, command.answer().strip(), user.username(), clock.instant(), command.version())) {
            throw new OptimisticLockingFailureException("objection " + objectionId + " changed");
        }
        if (points != null) {
            results.change(
                    yearId,
                    objection.unitId(),
                    objection.criterionId(),
                    points,
                    messages.get(
                            "objection.changeReason",
                            objectionId,
                            command.answer().strip()),
                    "OBJECTION",
                    user.username(),
                    clock.instant());
            audit.record(vn.thidua.platform.audit.AuditEvent.by(
                    user,
                    vn.thidua.platform.audit.AuditAction.SCORE_CHANGED,
                    scope.bloc().authorityId(),
                    "năm thi đua " + yearId + ", đơn vị " + objection.unitId(),
                    "trả lời kiến nghị " + objectionId + ": điểm tiêu chí thành " + points.toPlainString()));
        }
        return objections(scope, round).stream()
                .filter(o -> o.id() == objectionId)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public ResultsView lock(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireBoard();
        RoundView round = roundForUpdate(yearId);
        requireStage(round, Stage.CONSOLIDATED, "lock.notConsolidated");
        Checks.Collector check = checks.none();
        if (!LocalDate.now(clock).isAfter(round.objectionUntil())) {
            check.reject("stage", "lock.windowOpen", dates(round));
        }
        long open = results.objections(yearId).stream()
                .filter(o -> o.answeredAt() == null)
                .count();
        if (open > 0) {
            check.reject("stage", "lock.openObjections", open);
        }
        check.throwIfInvalid();
        if (!results.lock(yearId, user.username(), clock.instant())) {
            throw new OptimisticLockingFailureException("round " + yearId + " changed");
        }
        return results(scope);
    }

    @Transactional
    public ResultsView adjust(CurrentUser user, long yearId, ResultCommands.Adjust command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireBoard();
        RoundView round = roundForUpdate(yearId);
        requireStage(round, Stage.LOCKED, "adjust.notLocked");
        Checks.Collector check = checks.none();
        if (command.unitId() == null || !scope.isMember(command.unitId())) {
            check.reject("unitId", "adjust.unit.required");
        }
        CriterionView criterion = command.criterionCode() == null ? null : round.criterion(command.criterionCode());
        if (criterion == null) {
            check.reject(
                    "criterionCode",
                    "sheet.code.unknown",
                    "",
                    command.criterionCode() == null ? "" : command.criterionCode());
        }
        BigDecimal points = criterion == null ? null : points(check, "points", command.points(), criterion, true);
        reason(check, "reason", command.reason(), "adjust.reason.required");
        check.throwIfInvalid();
        results.change(
                yearId,
                command.unitId(),
                criterion.id(),
                points,
                command.reason().strip(),
                "BOARD",
                user.username(),
                clock.instant());
        audit.record(vn.thidua.platform.audit.AuditEvent.by(
                user,
                vn.thidua.platform.audit.AuditAction.SCORE_CHANGED,
                scope.bloc().authorityId(),
                "năm thi đua " + yearId + ", đơn vị " + command.unitId(),
                "điều chỉnh sau khi khóa: tiêu chí " + criterion.code() + " thành " + points.toPlainString()
                        + "; lý do: " + command.reason().strip()));
        return results(scope);
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ResultsView results(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        long version = rounds.version(yearId).orElseThrow(() -> new NotFoundException(messages.get("round.notFound")));
        return results(
                scope, ranking.get(new RankingKey(yearId, version, scope.year().version()), key -> rank(scope)));
    }

    /** After a write: computed afresh, never kept, since the transaction has not committed yet. */
    private ResultsView results(BlocYearScope scope) {
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

    private List<ResultsView.ObjectionView> objections(BlocYearScope scope, RoundView round) {
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

    /** Each member's step in the year; the leader's overview of who is late. */
    @Transactional(readOnly = true)
    public ProgressView progress(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        CycleView cycleView = cycle.view(scope);
        Optional<RoundView> round = rounds.round(yearId);
        List<SheetRow> sheets = round.isPresent() ? rounds.sheets(yearId) : List.of();
        List<ResultStore.ObjectionRow> objections = round.isPresent() ? results.objections(yearId) : List.of();
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
                    step(sheets, SheetKind.SELF, unitId, round.map(r -> true).orElse(false)),
                    inspection
                            .map(s -> ScoringService.unitOf(scope.year(), s.scorerUnitId()))
                            .orElse(null),
                    step(
                            sheets,
                            SheetKind.INSPECTION,
                            unitId,
                            round.map(RoundView::inspectionOpen).orElse(false)),
                    inspects.map(s -> ScoringService.unitOf(scope.year(), s.unitId()))
                            .orElse(null),
                    objections.stream()
                            .filter(o -> o.unitId() == unitId && o.answeredAt() == null)
                            .count(),
                    objections.stream()
                            .filter(o -> o.unitId() == unitId && o.answeredAt() != null)
                            .count()));
        }
        return new ProgressView(cycleView.launched(), round.orElse(null), members);
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

    private static Optional<SheetRow> sheet(List<SheetRow> sheets, SheetKind kind, long unitId) {
        return sheets.stream()
                .filter(s -> s.kind() == kind && s.unitId() == unitId)
                .findFirst();
    }

    /** The leading unit settles others' scores, never its own: that falls to the board. */
    private static void requireNotOwnUnit(BlocYearScope scope, long unitId) {
        if (!scope.board() && scope.memberUnitId() != null && scope.memberUnitId() == unitId) {
            throw new AccessDeniedException("the leader does not settle its own unit's score");
        }
    }

    private RoundView round(long yearId) {
        return rounds.round(yearId).orElseThrow(() -> new NotFoundException(messages.get("round.notFound")));
    }

    private RoundView roundForUpdate(long yearId) {
        return rounds.roundForUpdate(yearId).orElseThrow(() -> new NotFoundException(messages.get("round.notFound")));
    }

    private void requireStage(RoundView round, Stage stage, String code) {
        if (round.stage() != stage) {
            throw new InvalidInputException(List.of(new Violation("stage", messages.get(code))));
        }
    }

    private String dates(RoundView round) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return round.objectionFrom() == null
                ? "—"
                : f.format(round.objectionFrom()) + " – " + f.format(round.objectionUntil());
    }

    private void reason(Checks.Collector check, String field, String text, String code) {
        if (text == null || text.isBlank()) {
            check.reject(field, code);
        } else if (text.length() > 2000) {
            check.reject(field, "reason.tooLong");
        }
    }

    private BigDecimal points(
            Checks.Collector check, String field, String text, CriterionView criterion, boolean required) {
        if (required && (text == null || text.isBlank())) {
            check.reject(field, "points.required");
        }
        return PointsText.parse(check, field, "", text, criterion);
    }
}
