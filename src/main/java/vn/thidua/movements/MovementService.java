package vn.thidua.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.movements.domain.LauncherLevel;
import vn.thidua.movements.domain.MovementKind;
import vn.thidua.movements.domain.MovementScope;
import vn.thidua.movements.domain.MovementStatus;
import vn.thidua.movements.internal.MovementStore;
import vn.thidua.org.UnitService;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;

/**
 * An authority's emulation movements (phong trào thi đua): its board records, edits, launches and closes them; the
 * authority's decider and its units' officers read them, as the administrator does. Every write is audited and claims
 * the version read.
 */
@Service
public class MovementService {

    static final int NAME_MAX = 500;
    static final int TEXT_MAX = 2000;
    static final int SUMMARY_MAX = 4000;
    static final int SHORT_MAX = 200;
    static final int NUMBER_MAX = 60;
    static final int DECISIONS_MAX = 1000;

    private static final DateTimeFormatter TYPED =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final MovementStore store;
    private final UnitService units;
    private final Checks checks;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    MovementService(
            MovementStore store, UnitService units, Checks checks, Messages messages, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.checks = checks;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The authority a user reads by default: a board's or decider's own, an officer's unit's; none for others. */
    public Optional<Long> ownAuthority(CurrentUser user) {
        if (user.authorityId() != null) {
            return Optional.of(user.authorityId());
        }
        if (user.role() == Role.UNIT_OFFICER && user.unitId() != null) {
            return Optional.of(units.get(user.unitId()).authorityId());
        }
        return Optional.empty();
    }

    public boolean mayRead(CurrentUser user, long authorityId) {
        return user.isAdmin()
                || user.isBoardOf(authorityId)
                || user.isDeciderOf(authorityId)
                || user.role() == Role.UNIT_OFFICER
                        && ownAuthority(user).filter(a -> a == authorityId).isPresent();
    }

    public boolean mayWrite(CurrentUser user, long authorityId) {
        return user.isBoardOf(authorityId);
    }

    /** The authority's movements running at some time of the year. */
    @Transactional(readOnly = true)
    public List<MovementView> ofYear(CurrentUser user, long authorityId, int year) {
        requireRead(user, authorityId);
        return store.ofYear(authorityId, year);
    }

    /** The movements the authority launched in the year, as the statistics count them (form 0601.N). */
    @Transactional(readOnly = true)
    public List<MovementView> launchedIn(CurrentUser user, long authorityId, int year) {
        requireRead(user, authorityId);
        return store.launchedIn(authorityId, year);
    }

    @Transactional(readOnly = true)
    public MovementView get(CurrentUser user, long id) {
        MovementView m = store.find(id).orElseThrow(() -> checks.notFound("movement.notFound", id));
        if (!mayRead(user, m.authorityId())) {
            // another province's movement is not said to exist
            throw checks.notFound("movement.notFound", id);
        }
        return m;
    }

    @Transactional
    public MovementView create(CurrentUser user, MovementRequest request) {
        long authority = boardAuthority(user);
        MovementView fields = parse(request);
        long id = store.insert(authority, fields, user.username(), clock.instant());
        audit.record(AuditEvent.by(
                user,
                AuditAction.MOVEMENT_SAVED,
                authority,
                messages.get("movement.audit.subject", id),
                messages.get("movement.audit.created", fields.name())));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public MovementView update(CurrentUser user, long id, MovementRequest request) {
        MovementView m = writable(user, id, request.version(), MovementStatus::refusesEdit);
        MovementView fields = parse(request);
        if (m.status() != MovementStatus.DRAFT && fields.launchedOn() == null) {
            throw checks.refusal("launchedOn", "movement.launchedOn.required");
        }
        if (m.status() != MovementStatus.DRAFT && fields.documentNumber() == null) {
            throw checks.refusal("documentNumber", "movement.documentNumber.required");
        }
        claim(store.update(id, version(request.version()), fields, user.username(), clock.instant()));
        audit.record(AuditEvent.by(
                user,
                AuditAction.MOVEMENT_SAVED,
                m.authorityId(),
                messages.get("movement.audit.subject", id),
                messages.get("movement.audit.edited", fields.name())));
        return store.find(id).orElseThrow();
    }

    /** Phát động: needs the launching document (number, date, signer) and the launch date. */
    @Transactional
    public MovementView launch(CurrentUser user, long id, Long version) {
        MovementView m = writable(user, id, version, MovementStatus::refusesLaunch);
        Checks.Collector check = checks.none();
        if (blank(m.documentNumber())) {
            check.reject("documentNumber", "movement.documentNumber.required");
        }
        if (m.documentDate() == null) {
            check.reject("documentDate", "movement.documentDate.required");
        }
        if (blank(m.signer())) {
            check.reject("signer", "movement.signer.required");
        }
        if (m.launchedOn() == null) {
            check.reject("launchedOn", "movement.launchedOn.required");
        }
        check.throwIfInvalid();
        return move(
                user,
                m,
                version,
                MovementStatus.LAUNCHED,
                AuditAction.MOVEMENT_LAUNCHED,
                messages.get("movement.audit.launched", m.name(), m.documentNumber()));
    }

    /** Tổng kết: needs the results (summary, how many collectives and individuals were commended). */
    @Transactional
    public MovementView close(CurrentUser user, long id, Long version) {
        MovementView m = writable(user, id, version, MovementStatus::refusesClose);
        Checks.Collector check = checks.none();
        if (blank(m.resultSummary())) {
            check.reject("resultSummary", "movement.resultSummary.required");
        }
        if (m.collectivesCommended() == null) {
            check.reject("collectivesCommended", "movement.count.required");
        }
        if (m.individualsCommended() == null) {
            check.reject("individualsCommended", "movement.count.required");
        }
        check.throwIfInvalid();
        return move(
                user,
                m,
                version,
                MovementStatus.CLOSED,
                AuditAction.MOVEMENT_CLOSED,
                messages.get("movement.audit.closed", m.name(), m.collectivesCommended(), m.individualsCommended()));
    }

    /**
     * The movement if the user may write it and read it at {@code version} (a stale form is told so before anything),
     * and its state allows the step ({@code refuses} answers the refusal's key when it does not).
     */
    private MovementView writable(
            CurrentUser user, long id, Long version, Function<MovementStatus, Optional<String>> refuses) {
        MovementView m = get(user, id);
        if (!mayWrite(user, m.authorityId())) {
            throw checks.forbidden("movement.boardOnly");
        }
        if (version(version) != m.version()) {
            throw checks.conflict("problem.conflict");
        }
        refuses.apply(m.status()).ifPresent(code -> {
            throw checks.conflict(code);
        });
        return m;
    }

    /**
     * Takes a step: the movement moves to {@code to} from the version read, the audit log says so, and it is read back.
     */
    private MovementView move(
            CurrentUser user, MovementView m, Long version, MovementStatus to, AuditAction action, String detail) {
        claim(store.setStatus(m.id(), version(version), to, user.username(), clock.instant()));
        audit.record(
                AuditEvent.by(user, action, m.authorityId(), messages.get("movement.audit.subject", m.id()), detail));
        return store.find(m.id()).orElseThrow();
    }

    private long boardAuthority(CurrentUser user) {
        if (user.role() != Role.BOARD || user.authorityId() == null) {
            throw checks.forbidden("movement.boardOnly");
        }
        return user.authorityId();
    }

    private void requireRead(CurrentUser user, long authorityId) {
        if (!mayRead(user, authorityId)) {
            throw checks.forbidden("movement.readRefused");
        }
    }

    private long version(Long version) {
        if (version == null) {
            throw checks.refusal("version", "problem.versionRequired");
        }
        return version;
    }

    private void claim(boolean written) {
        if (!written) {
            throw checks.conflict("problem.conflict");
        }
    }

    /**
     * Every field checked, each wrong one named; only input without any error becomes the fields to write, carried as a
     * draft movement of no authority yet (its id, authority, status and version are the store's to set).
     */
    MovementView parse(MovementRequest r) {
        Checks.Collector check = checks.none();
        String name = text(check, "name", r.name(), NAME_MAX);
        if (name == null) {
            check.reject("name", "movement.name.required");
        }
        MovementKind kind = code(check, "kind", MovementKind.class, r.kind());
        MovementScope scope = code(check, "scope", MovementScope.class, r.scope());
        LauncherLevel launcher = code(check, "launcher", LauncherLevel.class, r.launcher());
        String documentNumber = text(check, "documentNumber", r.documentNumber(), NUMBER_MAX);
        LocalDate documentDate = date(check, "documentDate", r.documentDate());
        String signer = text(check, "signer", r.signer(), SHORT_MAX);
        LocalDate launchedOn = date(check, "launchedOn", r.launchedOn());
        LocalDate from = date(check, "periodFrom", r.periodFrom());
        LocalDate to = date(check, "periodTo", r.periodTo());
        if (from == null && !check.hasErrorOn("periodFrom")) {
            check.reject("periodFrom", "movement.periodFrom.required");
        }
        if (to == null && !check.hasErrorOn("periodTo")) {
            check.reject("periodTo", "movement.periodTo.required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            check.reject("periodTo", "movement.period.order");
        }
        if (documentDate != null && launchedOn != null && launchedOn.isBefore(documentDate)) {
            check.reject("launchedOn", "movement.launchedOn.beforeDocument");
        }
        if (launchedOn != null && to != null && launchedOn.isAfter(to)) {
            check.reject("launchedOn", "movement.launchedOn.afterPeriod");
        }
        String participants = text(check, "participants", r.participants(), TEXT_MAX);
        String summary = text(check, "resultSummary", r.resultSummary(), SUMMARY_MAX);
        Integer collectives = count(check, "collectivesCommended", r.collectivesCommended());
        Integer individuals = count(check, "individualsCommended", r.individualsCommended());
        String decisions = text(check, "awardDecisions", r.awardDecisions(), DECISIONS_MAX);
        check.throwIfInvalid();
        return new MovementView(
                0,
                0,
                name,
                kind,
                scope,
                launcher,
                documentNumber,
                documentDate,
                signer,
                launchedOn,
                from,
                to,
                participants,
                MovementStatus.DRAFT,
                summary,
                collectives,
                individuals,
                decisions,
                0);
    }

    private static String text(Checks.Collector check, String field, String typed, int max) {
        String t = typed == null ? "" : typed.strip();
        if (t.length() > max) {
            check.reject(field, "movement.text.tooLong", max);
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    private static <E extends Enum<E>> E code(Checks.Collector check, String field, Class<E> type, String typed) {
        try {
            if (typed != null && !typed.isBlank()) {
                return Enum.valueOf(type, typed.strip());
            }
        } catch (IllegalArgumentException unknown) {
            // said below, as an empty choice is
        }
        check.reject(field, "movement." + field + ".required");
        return null;
    }

    /** A date as the date field sends it (yyyy-MM-dd) or as a person types it (dd/MM/yyyy); empty is none. */
    static LocalDate date(Checks.Collector check, String field, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return t.contains("/") ? LocalDate.parse(t, TYPED) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            check.reject(field, "movement.date.invalid", t);
            return null;
        }
    }

    private static Integer count(Checks.Collector check, String field, String typed) {
        String t = typed == null ? "" : typed.strip().replace(".", "");
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,7}")) {
            check.reject(field, "movement.count.invalid", typed.strip());
            return null;
        }
        return Integer.valueOf(t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
