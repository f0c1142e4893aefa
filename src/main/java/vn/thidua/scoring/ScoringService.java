package vn.thidua.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.ScoreEntry;
import vn.thidua.scoring.domain.ScoringRound;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.Stage;
import vn.thidua.scoring.internal.RoundStore;
import vn.thidua.scoring.internal.RoundStore.SheetRow;

/**
 * A bloc year's scoring as others read it: the table it uses (and applying one), each sheet for
 * whoever may read it, the cross-inspection assignment. An inspector never sees the self-score of the
 * unit it inspects before it has submitted its own scores. Writing sheets is {@link SheetFilling}'s.
 */
@Service
public class ScoringService {

    private final RoundStore store;
    private final Rounds rounds;
    private final TemplateService templates;

    ScoringService(RoundStore store, Rounds rounds, TemplateService templates) {
        this.store = store;
        this.rounds = rounds;
        this.templates = templates;
    }

    public BlocYearScope scope(CurrentUser user, long yearId) {
        return rounds.scope(user, yearId);
    }

    @Transactional(readOnly = true)
    public Optional<RoundView> round(CurrentUser user, long yearId) {
        rounds.scope(user, yearId);
        return store.round(yearId);
    }

    /** Whether members may object today: within the window, never in a year entered afterwards. */
    @Transactional(readOnly = true)
    public boolean objectionsOpen(long yearId, RoundView round) {
        return round.objectionWindowOpen(rounds.today(yearId, round.objectionUntil()));
    }

    RoundView requireRound(long yearId) {
        return store.round(yearId).orElseThrow(() -> rounds.notFound("round.notFound"));
    }

    /**
     * The published tables the bloc year may use: its authority's, for its year, each named with how many criteria
     * it has, read in one statement. None once a member has begun scoring: the table can no longer change.
     */
    @Transactional(readOnly = true)
    public List<TemplateChoice> templateChoices(BlocYearScope scope) {
        if (store.hasSelfScores(scope.year().id())) {
            return List.of();
        }
        return templates.choices(scope.bloc().authorityId(), scope.year().year());
    }

    /** The first application of a table to a year, by the seeds and fixtures that have read nothing. */
    @Transactional
    public RoundView apply(CurrentUser user, long yearId, Long templateId) {
        return apply(
                user,
                yearId,
                new ScoringRequests.ApplyTemplate(
                        templateId, store.version(yearId).orElse(null)));
    }

    @Transactional
    public RoundView apply(CurrentUser user, long yearId, ScoringRequests.ApplyTemplate request) {
        BlocYearScope scope = rounds.scope(user, yearId);
        var actor = Rounds.actor(user, scope);
        store.lockYear(yearId);
        Optional<ScoringRound> current = rounds.find(yearId);
        boolean scored = store.hasSelfScores(yearId);
        rounds.check(() -> ScoringRound.apply(actor, yearId, current, scored, 0, rounds.now()));
        Checks.Collector check = rounds.check();
        Long templateId = request.templateId();
        if (templateId == null) {
            check.reject("templateId", "round.template.required").throwIfInvalid();
        }
        TemplateView template = templates.get(templateId);
        if (!template.published()) {
            check.reject("templateId", "round.template.draft");
        } else if (template.authorityId() != scope.bloc().authorityId()
                || template.year() != scope.year().year()) {
            check.reject("templateId", "round.template.otherYear", scope.year().year());
        }
        if (current.isPresent()) {
            StepInputs.version(check, request.version());
        }
        check.throwIfInvalid();
        current.ifPresent(round -> Rounds.requireVersion(round, request.version()));
        rounds.record(() -> ScoringRound.apply(actor, yearId, current, scored, templateId, rounds.now()));
        return requireRound(yearId);
    }

    // ---- reading sheets -------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public SheetView sheet(CurrentUser user, long yearId, SheetKind kind, long unitId) {
        BlocYearScope scope = rounds.scope(user, yearId);
        RoundView round = requireRound(yearId);
        UnitRef unit = member(scope, unitId);
        Optional<SheetRow> row = store.sheet(yearId, kind, unitId);
        if (kind == SheetKind.INSPECTION && row.isEmpty()) {
            throw rounds.notFound("inspection.notAssigned", unit.name());
        }
        if (!mayRead(scope, round, kind, unitId, row.orElse(null))) {
            throw rounds.forbidden("sheet.notReadable");
        }
        return view(scope, round, kind, unit, row.orElse(null));
    }

    /**
     * Board always; the unit its own self-score; the inspector the sheet it fills; others once submitted and not
     * anchoring.
     */
    boolean mayRead(BlocYearScope scope, RoundView round, SheetKind kind, long unitId, SheetRow row) {
        if (scope.board()) {
            return true;
        }
        if (kind == SheetKind.SELF) {
            if (scope.memberUnitId() != null && scope.memberUnitId() == unitId) {
                return true;
            }
            boolean inspected = store.sheet(round.blocYearId(), SheetKind.INSPECTION, unitId)
                    .map(SheetRow::submitted)
                    .orElse(false);
            return row != null && row.submitted() && (inspected || round.stage() != Stage.SCORING);
        }
        if (row != null && scope.memberUnitId() != null && scope.memberUnitId() == row.scorerUnitId()) {
            return true;
        }
        return row != null && row.submitted();
    }

    /**
     * A self-score's evidence: whoever may read the self-score, and the unit assigned to inspect its
     * unit once cross-inspection is open (before it may see the self-score's points). Not from the
     * assignment alone: the leader may rewrite assignments until it opens, and could otherwise name
     * itself inspector of each competitor in turn to read their drafts.
     */
    boolean mayReadEvidence(BlocYearScope scope, RoundView round, SheetRow self) {
        if (mayRead(scope, round, SheetKind.SELF, self.unitId(), self)) {
            return true;
        }
        return scope.memberUnitId() != null
                && round.inspectionOpen()
                && store.sheet(round.blocYearId(), SheetKind.INSPECTION, self.unitId())
                        .map(inspection -> inspection.scorerUnitId() == scope.memberUnitId())
                        .orElse(false);
    }

    /**
     * The self-score beside an inspection sheet, once the reader may see it (for the inspector: after
     * submitting its own scores, and when the unit has submitted its self-score).
     */
    @Transactional(readOnly = true)
    public Optional<SheetView> selfBeside(CurrentUser user, long yearId, long unitId) {
        BlocYearScope scope = rounds.scope(user, yearId);
        RoundView round = requireRound(yearId);
        UnitRef unit = member(scope, unitId);
        Optional<SheetRow> self = store.sheet(yearId, SheetKind.SELF, unitId);
        if (self.isEmpty() || !mayRead(scope, round, SheetKind.SELF, unitId, self.get())) {
            return Optional.empty();
        }
        return Optional.of(view(scope, round, SheetKind.SELF, unit, self.get()));
    }

    /** The sheet as a workbook to fill offline (blank when nothing is scored yet). */
    @Transactional(readOnly = true)
    public byte[] exportSheet(CurrentUser user, long yearId, SheetKind kind, long unitId) {
        SheetView sheet = sheet(user, yearId, kind, unitId);
        BlocYearScope scope = rounds.scope(user, yearId);
        String title = (kind == SheetKind.SELF ? "PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM " : "PHIẾU KIỂM TRA CHÉO NĂM ")
                + scope.year().year();
        List<String> context = new ArrayList<>(List.of(
                scope.bloc().name() + " – " + scope.bloc().authorityName(),
                "Đơn vị được chấm: " + sheet.unit().name()));
        if (kind == SheetKind.INSPECTION) {
            context.add("Đơn vị kiểm tra: " + sheet.scorer().name());
        }
        return SheetWorkbook.write(title, context, sheet);
    }

    SheetView view(BlocYearScope scope, RoundView round, SheetKind kind, UnitRef unit, SheetRow row) {
        Map<Long, ScoreEntry> entries = row == null ? Map.of() : store.entries(row.id());
        List<SheetView.EvidenceView> evidence = kind == SheetKind.SELF
                ? (row == null ? List.of() : store.evidence(row.id()))
                : inspectedEvidence(scope, round, unit);
        List<SheetView.Line> lines = new ArrayList<>();
        for (CriterionView c : round.criteria()) {
            ScoreEntry e = entries.get(c.id());
            lines.add(new SheetView.Line(
                    c,
                    e == null ? null : e.points(),
                    e == null ? null : e.comment(),
                    evidence.stream()
                            .filter(f ->
                                    f.criterionId() != null && f.criterionId().equals(c.id()))
                            .toList()));
        }
        UnitRef scorer = row == null ? unit : unitOf(scope.year(), row.scorerUnitId());
        return new SheetView(
                row == null ? null : row.id(),
                kind,
                unit,
                scorer,
                row != null && row.submitted(),
                row == null ? null : row.submittedAt(),
                row == null ? null : row.submittedBy(),
                row == null ? 0 : row.version(),
                lines);
    }

    /** An inspection sheet shows the inspected unit's evidence, to whoever may open those files. */
    private List<SheetView.EvidenceView> inspectedEvidence(BlocYearScope scope, RoundView round, UnitRef unit) {
        return store.sheet(round.blocYearId(), SheetKind.SELF, unit.id())
                .filter(self -> mayReadEvidence(scope, round, self))
                .map(self -> store.evidence(self.id()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<InspectionPair> inspections(CurrentUser user, long yearId) {
        rounds.scope(user, yearId);
        return store.inspections(yearId);
    }

    static String nameOf(BlocYearView year, long unitId) {
        UnitRef unit = unitOf(year, unitId);
        return unit == null ? "#" + unitId : unit.name();
    }

    static UnitRef unitOf(BlocYearView year, long unitId) {
        return year.members().stream().filter(m -> m.id() == unitId).findFirst().orElse(null);
    }

    UnitRef member(BlocYearScope scope, long unitId) {
        UnitRef unit = unitOf(scope.year(), unitId);
        if (unit == null) {
            throw rounds.notFound("round.notMember", unitId);
        }
        return unit;
    }
}
