package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.InspectionPlanner;
import vn.thidua.scoring.internal.RoundStore;
import vn.thidua.scoring.internal.RoundStore.SheetRow;

/**
 * A bloc year's scoring before consolidation: the table it uses, each unit's self-score and the
 * cross-inspection. A unit writes only its own self-score and the inspection it was assigned; an
 * inspector never sees the self-score of the unit it inspects before it has submitted its own scores.
 */
@Service
public class ScoringService {

    private final RoundStore store;
    private final BlocService blocs;
    private final TemplateService templates;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;

    ScoringService(
            RoundStore store,
            BlocService blocs,
            TemplateService templates,
            Checks checks,
            Messages messages,
            Clock clock) {
        this.store = store;
        this.blocs = blocs;
        this.templates = templates;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    public BlocYearScope scope(CurrentUser user, long yearId) {
        return blocs.scope(user, yearId);
    }

    @Transactional(readOnly = true)
    public Optional<RoundView> round(CurrentUser user, long yearId) {
        blocs.scope(user, yearId);
        return store.round(yearId);
    }

    RoundView requireRound(long yearId) {
        return store.round(yearId).orElseThrow(() -> new NotFoundException(messages.get("round.notFound")));
    }

    /** The published templates the bloc year may use: its authority's, for its year. */
    @Transactional(readOnly = true)
    public List<TemplateView> usableTemplates(BlocYearScope scope) {
        return templates.list(scope.bloc().authorityId()).stream()
                .filter(t -> t.published() && t.year() == scope.year().year())
                .toList();
    }

    @Transactional
    public RoundView apply(CurrentUser user, long yearId, Long templateId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        Checks.Collector check = checks.none();
        if (templateId == null) {
            check.reject("templateId", "round.template.required");
            check.throwIfInvalid();
        }
        TemplateView template = templates.get(templateId);
        if (!template.published()) {
            check.reject("templateId", "round.template.draft");
        } else if (template.authorityId() != scope.bloc().authorityId()
                || template.year() != scope.year().year()) {
            check.reject("templateId", "round.template.otherYear", scope.year().year());
        }
        store.lockYear(yearId);
        Optional<RoundView> existing = store.roundForUpdate(yearId);
        if (existing.isPresent()
                && (existing.get().inspectionOpen()
                        || store.hasSelfScores(yearId)
                        || existing.get().stage() != Stage.SCORING)) {
            check.reject("templateId", "round.template.inUse");
        }
        check.throwIfInvalid();
        store.copyTemplate(yearId, templateId);
        return requireRound(yearId);
    }

    // ---- sheets ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public SheetView sheet(CurrentUser user, long yearId, SheetKind kind, long unitId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        RoundView round = requireRound(yearId);
        UnitRef unit = member(scope, unitId);
        Optional<SheetRow> row = store.sheet(yearId, kind, unitId);
        if (kind == SheetKind.INSPECTION && row.isEmpty()) {
            throw new NotFoundException(messages.get("inspection.notAssigned", unit.name()));
        }
        if (!mayRead(scope, round, kind, unitId, row.orElse(null))) {
            throw new AccessDeniedException("sheet not readable yet");
        }
        return view(scope, round, kind, unit, row.orElse(null));
    }

    /** Board always; the unit its own self-score; the inspector the sheet it fills; others once submitted and not anchoring. */
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

    @Transactional
    public SheetView save(
            CurrentUser user, long yearId, SheetKind kind, long unitId, Long version, List<EntryInput> entries) {
        return save(user, yearId, kind, unitId, version, entries, List.of());
    }

    /** Replaces the sheet's scores with those of a filled workbook; one wrong row and nothing changes. */
    @Transactional
    public SheetView importSheet(
            CurrentUser user, long yearId, SheetKind kind, long unitId, Long version, java.io.InputStream workbook) {
        // who may write this sheet is asked before a byte of the file is read
        writable(user, yearId, kind, unitId);
        List<Violation> fileErrors = new ArrayList<>();
        List<EntryInput> entries = SheetWorkbook.read(workbook, fileErrors);
        return save(user, yearId, kind, unitId, version, entries, fileErrors);
    }

    /** The sheet as a workbook to fill offline (blank when nothing is scored yet). */
    @Transactional(readOnly = true)
    public byte[] exportSheet(CurrentUser user, long yearId, SheetKind kind, long unitId) {
        SheetView sheet = sheet(user, yearId, kind, unitId);
        BlocYearScope scope = blocs.scope(user, yearId);
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

    private SheetView save(
            CurrentUser user,
            long yearId,
            SheetKind kind,
            long unitId,
            Long version,
            List<EntryInput> entries,
            List<Violation> earlier) {
        Writable writable = writable(user, yearId, kind, unitId);
        Map<Long, RoundStore.Entry> parsed = parse(writable.round(), entries, earlier);
        claim(writable, version, user.username());
        store.replaceEntries(writable.sheetId(), parsed);
        return view(
                writable.scope(),
                writable.round(),
                kind,
                writable.unit(),
                store.sheetById(writable.sheetId()).orElseThrow());
    }

    @Transactional
    public SheetView submit(CurrentUser user, long yearId, SheetKind kind, long unitId, Long version) {
        Writable writable = writable(user, yearId, kind, unitId);
        Map<Long, RoundStore.Entry> entries = store.entries(writable.sheetId());
        List<String> missing = writable.round().criteria().stream()
                .filter(c -> c.kind() == CriterionKind.SCORED && !entries.containsKey(c.id()))
                .map(CriterionView::code)
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(
                    List.of(new Violation("entries", messages.get("sheet.incomplete", String.join(", ", missing)))));
        }
        claim(writable, version, user.username());
        store.submit(writable.sheetId(), user.username(), clock.instant());
        return view(
                writable.scope(),
                writable.round(),
                kind,
                writable.unit(),
                store.sheetById(writable.sheetId()).orElseThrow());
    }

    record Writable(BlocYearScope scope, RoundView round, UnitRef unit, long sheetId, SheetRow row) {}

    /** The sheet this user may write now, created when a unit starts its self-score; refused with the reason otherwise. */
    Writable writable(CurrentUser user, long yearId, SheetKind kind, long unitId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        RoundView round =
                store.roundForUpdate(yearId).orElseThrow(() -> new NotFoundException(messages.get("round.notFound")));
        UnitRef unit = member(scope, unitId);
        Optional<SheetRow> row = store.sheet(yearId, kind, unitId);
        if (kind == SheetKind.SELF) {
            scope.requireOwnUnit(unitId);
        } else {
            if (row.isEmpty()) {
                throw new NotFoundException(messages.get("inspection.notAssigned", unit.name()));
            }
            scope.requireOwnUnit(row.get().scorerUnitId());
        }
        Checks.Collector check = checks.none();
        if (round.stage() != Stage.SCORING) {
            check.reject("entries", "sheet.closed");
        } else if (kind == SheetKind.INSPECTION && !round.inspectionOpen()) {
            check.reject("entries", "inspection.notOpen");
        } else if (row.isPresent() && row.get().submitted()) {
            check.reject("entries", "sheet.submitted");
        }
        check.throwIfInvalid();
        long sheetId = row.map(SheetRow::id).orElseGet(() -> store.insertSheet(yearId, kind, unitId, unitId));
        return new Writable(scope, round, unit, sheetId, row.orElse(null));
    }

    private void claim(Writable writable, Long version, String username) {
        Long expected = writable.row() == null ? null : version;
        if (!store.claim(writable.sheetId(), expected, username, clock.instant())) {
            throw new OptimisticLockingFailureException("sheet " + writable.sheetId() + " changed");
        }
    }

    private Map<Long, RoundStore.Entry> parse(RoundView round, List<EntryInput> entries, List<Violation> earlier) {
        Checks.Collector check = checks.none();
        earlier.forEach(check::add);
        Map<Long, RoundStore.Entry> parsed = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryInput entry = entries.get(i);
            String field = entry.where() != null ? entry.where() : "entries[" + i + "]";
            String prefix = entry.where() != null ? entry.where() + ": " : "";
            CriterionView criterion = entry.code() == null ? null : round.criterion(entry.code());
            if (criterion == null) {
                check.reject(field + ".code", "sheet.code.unknown", prefix, entry.code() == null ? "" : entry.code());
                continue;
            }
            if (!seen.add(criterion.code())) {
                check.reject(field + ".code", "sheet.code.repeated", prefix, criterion.code());
                continue;
            }
            if (entry.comment() != null && entry.comment().length() > 2000) {
                check.reject(field + ".comment", "sheet.comment.tooLong", prefix, criterion.code());
            }
            BigDecimal points = PointsText.parse(check, field + ".points", prefix, entry.points(), criterion);
            if (points != null) {
                String comment = entry.comment() == null || entry.comment().isBlank()
                        ? null
                        : entry.comment().strip();
                parsed.put(criterion.id(), new RoundStore.Entry(points, comment));
            }
        }
        check.throwIfInvalid();
        return parsed;
    }

    SheetView view(BlocYearScope scope, RoundView round, SheetKind kind, UnitRef unit, SheetRow row) {
        Map<Long, RoundStore.Entry> entries = row == null ? Map.of() : store.entries(row.id());
        List<SheetView.EvidenceView> evidence = row == null ? List.of() : store.evidence(row.id());
        List<SheetView.Line> lines = new ArrayList<>();
        for (CriterionView c : round.criteria()) {
            RoundStore.Entry e = entries.get(c.id());
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

    // ---- cross-inspection assignment -------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<InspectionPair> inspections(CurrentUser user, long yearId) {
        blocs.scope(user, yearId);
        return store.inspections(yearId);
    }

    @Transactional
    public List<InspectionPair> generateInspections(CurrentUser user, long yearId) {
        BlocYearScope scope = editableAssignment(user, yearId);
        List<Long> members = scope.year().members().stream().map(UnitRef::id).toList();
        if (members.size() < 2) {
            throw new InvalidInputException(List.of(new Violation("pairs", messages.get("inspection.tooFew"))));
        }
        List<InspectionPair> pairs = InspectionPlanner.plan(members, lastYearPairs(user, scope), new Random());
        store.replaceInspections(yearId, pairs);
        return store.inspections(yearId);
    }

    @Transactional
    public List<InspectionPair> saveInspections(CurrentUser user, long yearId, List<InspectionPair> pairs) {
        BlocYearScope scope = editableAssignment(user, yearId);
        checkAssignment(scope, pairs);
        store.replaceInspections(yearId, pairs);
        return store.inspections(yearId);
    }

    @Transactional
    public RoundView openInspections(CurrentUser user, long yearId, Long version) {
        BlocYearScope scope = editableAssignment(user, yearId);
        checkAssignment(scope, store.inspections(yearId));
        if (!store.openInspection(yearId, clock.instant(), version)) {
            throw new OptimisticLockingFailureException("round " + yearId + " changed");
        }
        return requireRound(yearId);
    }

    /** Last year's pairs of the same bloc, to be avoided when possible. */
    private List<InspectionPair> lastYearPairs(CurrentUser user, BlocYearScope scope) {
        return blocs.years(user, scope.bloc().id()).stream()
                .filter(y -> y.year() == scope.year().year() - 1)
                .findFirst()
                .map(y -> store.inspections(y.id()))
                .orElse(List.of());
    }

    private BlocYearScope editableAssignment(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        RoundView round =
                store.roundForUpdate(yearId).orElseThrow(() -> new NotFoundException(messages.get("round.notFound")));
        if (round.inspectionOpen() || round.stage() != Stage.SCORING) {
            throw new InvalidInputException(List.of(new Violation("pairs", messages.get("inspection.alreadyOpen"))));
        }
        return scope;
    }

    private void checkAssignment(BlocYearScope scope, List<InspectionPair> pairs) {
        List<Long> members = scope.year().members().stream().map(UnitRef::id).toList();
        Checks.Collector check = checks.none();
        if (pairs.isEmpty()) {
            check.reject("pairs", "inspection.empty");
        }
        InspectionPlanner.check(members, pairs)
                .forEach(v -> check.reject(
                        v.field(),
                        v.code(),
                        v.args().stream()
                                .map(a -> a instanceof Long id ? nameOf(scope.year(), id) : a)
                                .toArray()));
        check.throwIfInvalid();
    }

    static String nameOf(BlocYearView year, long unitId) {
        UnitRef unit = unitOf(year, unitId);
        return unit == null ? "#" + unitId : unit.name();
    }

    static UnitRef unitOf(BlocYearView year, long unitId) {
        return year.members().stream().filter(m -> m.id() == unitId).findFirst().orElse(null);
    }

    private UnitRef member(BlocYearScope scope, long unitId) {
        UnitRef unit = unitOf(scope.year(), unitId);
        if (unit == null) {
            throw new NotFoundException(messages.get("round.notMember", unitId));
        }
        return unit;
    }
}
