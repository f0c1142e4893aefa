package vn.thidua.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.cycle.EnteredAfterwards;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;
import vn.thidua.scoring.domain.Actor;
import vn.thidua.scoring.domain.RoundEvent;
import vn.thidua.scoring.domain.RoundRefusal;
import vn.thidua.scoring.domain.ScoringRound;
import vn.thidua.scoring.domain.SheetState;
import vn.thidua.scoring.internal.ResultStore;
import vn.thidua.scoring.internal.RoundStore;
import vn.thidua.scoring.internal.RoundStore.SheetRow;

/**
 * Loads a bloc year's scoring round (locking its row for the step's transaction), runs one of its
 * steps, and writes the event the step returned in the same transaction. A refusal of the round's
 * rules becomes a 403 or a 409 with its message's key as the code.
 */
@Component
class Rounds {

    private final RoundStore rounds;
    private final ResultStore results;
    private final BlocService blocs;
    private final Checks checks;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final EnteredAfterwards afterwards;

    /** Many collaborators on purpose: this is the one place every step of the round goes through. */
    Rounds(
            RoundStore rounds,
            ResultStore results,
            BlocService blocs,
            Checks checks,
            Messages messages,
            AuditLog audit,
            Clock clock,
            TransactionTemplate transactions,
            EnteredAfterwards afterwards) {
        this.rounds = rounds;
        this.results = results;
        this.blocs = blocs;
        this.checks = checks;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.afterwards = afterwards;
    }

    /**
     * One step in one transaction: the user's standing, the round locked, then the body, whose events
     * are written before the commit; any refusal rolls everything back.
     */
    <T> T step(CurrentUser user, long yearId, Function<Step, T> body) {
        return transactions.execute(status -> body.apply(begin(user, yearId)));
    }

    /** One step about to be taken: who takes it, in which standing, on the round as locked for it, and when. */
    record Step(CurrentUser user, BlocYearScope scope, Actor actor, ScoringRound round, Instant at, LocalDate today) {}

    /** The start of every step: the user's standing in the year, then the round, its row locked. */
    Step begin(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        ScoringRound round = load(yearId);
        return new Step(user, scope, actor(user, scope), round, clock.instant(), today(yearId, round));
    }

    /**
     * The day the round's windows are measured against: today, or for a year entered afterwards the day after its
     * objection window, which took place outside the system and so counts as over at once.
     */
    LocalDate today(long yearId, ScoringRound round) {
        return today(yearId, round.objectionUntil());
    }

    LocalDate today(long yearId, LocalDate objectionUntil) {
        LocalDate today = LocalDate.now(clock);
        if (objectionUntil != null && !today.isAfter(objectionUntil) && afterwards.of(yearId)) {
            return objectionUntil.plusDays(1);
        }
        return today;
    }

    BlocYearScope scope(CurrentUser user, long yearId) {
        return blocs.scope(user, yearId);
    }

    Instant now() {
        return clock.instant();
    }

    Checks.Collector check() {
        return checks.none();
    }

    NotFoundException notFound(String code, Object... args) {
        return checks.notFound(code, args);
    }

    Refused forbidden(String code, Object... args) {
        return checks.forbidden(code, args);
    }

    /** A final score changed after the consolidation, in the audit log beside the row of score_change. */
    void scoreChanged(Step step, long unitId, String detail) {
        unitAudited(step, AuditAction.SCORE_CHANGED, unitId, detail);
    }

    /** A self-score's evidence file removed before the sheet was submitted: who, which file, its digest. */
    void evidenceRemoved(Step step, long unitId, String detail) {
        unitAudited(step, AuditAction.EVIDENCE_REMOVED, unitId, detail);
    }

    /** A step on one unit of the round, in the audit log under the bloc's authority. */
    private void unitAudited(Step step, AuditAction action, long unitId, String detail) {
        audit.record(AuditEvent.by(
                step.user(),
                action,
                step.scope().bloc().authorityId(),
                "năm thi đua " + step.round().blocYearId() + ", đơn vị " + unitId,
                detail));
    }

    static Actor actor(CurrentUser user, BlocYearScope scope) {
        if (scope.board()) {
            return Actor.board(user.username());
        }
        return scope.member()
                ? Actor.officer(user.username(), scope.memberUnitId(), scope.leader())
                : new Actor(user.username(), false, null, false);
    }

    /** The round, its row locked until the transaction ends: steps of one year never interleave. */
    ScoringRound load(long yearId) {
        return find(yearId).orElseThrow(() -> checks.notFound("round.notFound"));
    }

    Optional<ScoringRound> find(long yearId) {
        return rounds.roundForUpdate(yearId).map(Rounds::aggregate);
    }

    static ScoringRound aggregate(RoundView view) {
        return new ScoringRound(
                view.blocYearId(),
                view.stage(),
                view.inspectionOpen(),
                view.objectionFrom(),
                view.objectionUntil(),
                view.version());
    }

    static SheetState state(SheetRow row) {
        return new SheetState(row.id(), row.kind(), row.unitId(), row.scorerUnitId(), row.submitted(), row.version());
    }

    /** A version the writer read must be the round's own, even for steps that do not change the round row. */
    static void requireVersion(ScoringRound round, long read) {
        if (round.version() != read) {
            throw new OptimisticLockingFailureException("round " + round.blocYearId() + " changed");
        }
    }

    /** Runs a check of the round's rules, turning its refusal into the application's. */
    void check(Runnable rule) {
        take(() -> {
            rule.run();
            return null;
        });
    }

    /**
     * Runs one step and writes its event; returns the row the event wrote, where it names one (a sheet, an objection).
     */
    <E extends RoundEvent> long record(Supplier<E> step) {
        return write(take(step));
    }

    private <E> E take(Supplier<E> step) {
        try {
            return step.get();
        } catch (RoundRefusal refusal) {
            throw translate(refusal);
        }
    }

    RuntimeException translate(RoundRefusal refusal) {
        List<String> texts = refusal.reasons().stream()
                .map(r -> messages.get(r.code(), r.args().toArray()))
                .toList();
        String text = String.join(" ", texts);
        return refusal.kind() == RoundRefusal.Kind.FORBIDDEN
                ? new Refused(refusal.code(), text)
                : new Conflict(refusal.code(), text);
    }

    private long write(RoundEvent event) {
        long year = event.blocYearId();
        if (event instanceof RoundEvent.TemplateApplied e) {
            rounds.copyTemplate(year, e.templateId());
        } else if (event instanceof RoundEvent.InspectionsAssigned e) {
            rounds.replaceInspections(year, e.pairs());
        } else if (event instanceof RoundEvent.InspectionOpened e) {
            if (!rounds.openInspection(year, e.at(), e.version())) {
                throw stale(year);
            }
        } else if (event instanceof RoundEvent.SheetSaved e) {
            SheetState sheet = e.sheet();
            long id = sheet.started()
                    ? sheet.id()
                    : rounds.insertSheet(year, sheet.kind(), sheet.unitId(), sheet.scorerUnitId());
            claim(id, sheet.started() ? e.version() : null, e);
            rounds.replaceEntries(id, e.entries());
            return id;
        } else if (event instanceof RoundEvent.SheetSubmitted e) {
            claim(e.sheet().id(), e.version(), e);
            rounds.submit(e.sheet().id(), e.by(), e.at());
            return e.sheet().id();
        } else if (event instanceof RoundEvent.DiscrepancyResolved e) {
            results.resolve(year, e.unitId(), e.criterionId(), e.points(), e.reason(), e.by(), e.at());
        } else if (event instanceof RoundEvent.Consolidated e) {
            if (!results.consolidate(year, e.objectionFrom(), e.objectionUntil(), e.by(), e.at(), e.version())) {
                throw stale(year);
            }
            results.insertFinal(year, e.finals());
        } else if (event instanceof RoundEvent.ObjectionRaised e) {
            return results.insertObjection(year, e.unitId(), e.criterionId(), e.reason(), e.by(), e.at());
        } else if (event instanceof RoundEvent.ObjectionAnswered e) {
            if (!results.answer(e.objectionId(), e.answer(), e.by(), e.at(), e.version())) {
                throw new OptimisticLockingFailureException("objection " + e.objectionId() + " changed");
            }
            if (e.points() != null) {
                results.change(
                        year,
                        e.unitId(),
                        e.criterionId(),
                        e.points(),
                        messages.get("objection.changeReason", e.objectionId(), e.answer()),
                        "OBJECTION",
                        e.by(),
                        e.at());
            }
            return e.objectionId();
        } else if (event instanceof RoundEvent.ResultsLocked e) {
            if (!results.lock(year, e.version(), e.by(), e.at())) {
                throw stale(year);
            }
        } else if (event instanceof RoundEvent.ScoreAdjusted e) {
            results.change(year, e.unitId(), e.criterionId(), e.points(), e.reason(), "BOARD", e.by(), e.at());
        }
        return 0;
    }

    private void claim(long sheetId, Long version, RoundEvent event) {
        if (!rounds.claim(sheetId, version, event.by(), event.at())) {
            throw new OptimisticLockingFailureException("sheet " + sheetId + " changed");
        }
    }

    private static OptimisticLockingFailureException stale(long yearId) {
        return new OptimisticLockingFailureException("round " + yearId + " changed");
    }
}
