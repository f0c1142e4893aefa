package vn.thidua.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.internal.AuthorityStore;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.text.Dates;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Refused;

/**
 * A province's or ministry's merger or rename, recorded through the page or the API. A merger is the
 * national administrator's: it makes the successor's board a reader of the merged authority's records,
 * which no board may grant itself. A rename changes only the authority's own name, so its board may
 * record it too. The old name is kept with its dates; nothing else moves.
 */
@Service
public class AuthoritySuccessions {

    /** How far ahead a succession may be dated: a resolution is adopted before it takes effect, not years before. */
    static final int DAYS_AHEAD = 366;

    /** No succession of a Vietnamese state body is older than the state (02/09/1945). */
    static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);

    /**
     * How far back a board may date its own rename: a rename moves the name of every document dated after
     * it, so an older one (putting another name on decisions already issued) is the administrator's.
     */
    static final int BOARD_DAYS_BACK = 90;

    private final AuthorityStore store;
    private final AuthorityService authorities;
    private final OrgPermissions permissions;
    private final Checks checks;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final Dates dates;

    AuthoritySuccessions(
            AuthorityStore store,
            AuthorityService authorities,
            OrgPermissions permissions,
            Checks checks,
            Messages messages,
            AuditLog audit,
            Clock clock,
            Dates dates) {
        this.store = store;
        this.authorities = authorities;
        this.permissions = permissions;
        this.checks = checks;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.dates = dates;
    }

    @Transactional
    public AuthorityView record(CurrentUser user, long authorityId, AuthoritySuccessionCommand command) {
        authorities.get(authorityId);
        requireAllowed(user, authorityId, command.kind());
        // both ends of a merger, in id order: two mergers recorded at once cannot close a circle
        Stream.of(
                        authorityId,
                        command.kind() == AuthoritySuccessionKind.MERGED_INTO ? command.successorAuthorityId() : null)
                .filter(Objects::nonNull)
                .sorted()
                .forEach(store::lock);
        AuthorityView before = authorities.get(authorityId);
        check(before, command, permissions.canCreateAuthority(user));
        String basis = legalBasis(command);
        if (command.kind() == AuthoritySuccessionKind.MERGED_INTO) {
            store.recordMerger(authorityId, command.successorAuthorityId(), command.effectiveOn(), basis);
        } else {
            store.rename(authorityId, before.name(), command.newName().strip(), command.effectiveOn(), basis);
        }
        AuthorityView after = authorities.get(authorityId);
        audit.record(AuditEvent.by(
                user,
                AuditAction.AUTHORITY_SUCCESSION,
                authorityId,
                "cơ quan " + authorityId,
                messages.get(
                        "authority.succession.audit." + command.kind(),
                        before.name(),
                        after.merged() ? after.successorName() : after.name(),
                        dates.day(command.effectiveOn()),
                        basis == null ? "" : " (" + basis + ")")));
        return after;
    }

    /** Every problem of the request at once; nothing is written when there is one. */
    private void check(AuthorityView authority, AuthoritySuccessionCommand command, boolean administrator) {
        Checks.Collector check = checks.of(command);
        if (authority.merged()) {
            check.reject("kind", "authority.succession.alreadyMerged", authority.name(), authority.successorName());
        }
        checkDate(check, command.effectiveOn(), authority);
        LocalDate boardEarliest = LocalDate.now(clock).minusDays(BOARD_DAYS_BACK);
        if (!administrator
                && command.effectiveOn() != null
                && command.effectiveOn().isBefore(boardEarliest)) {
            check.reject("effectiveOn", "authority.succession.effectiveOn.boardTooOld", dates.day(boardEarliest));
        }
        if (command.kind() == AuthoritySuccessionKind.MERGED_INTO) {
            checkSuccessor(check, authority, command.successorAuthorityId());
        } else if (command.kind() == AuthoritySuccessionKind.RENAMED) {
            checkNewName(check, authority, command.newName());
        }
        check.throwIfInvalid();
    }

    private void requireAllowed(CurrentUser user, long authorityId, AuthoritySuccessionKind kind) {
        if (!permissions.canManage(user, authorityId)) {
            throw new Refused(
                    "authority.succession.refused.outsideAuthority",
                    messages.get("authority.succession.refused.outsideAuthority"));
        }
        if (kind == AuthoritySuccessionKind.MERGED_INTO && !permissions.canCreateAuthority(user)) {
            throw new Refused(
                    "authority.succession.refused.mergerByAdministrator",
                    messages.get("authority.succession.refused.mergerByAdministrator"));
        }
    }

    private void checkDate(Checks.Collector check, LocalDate on, AuthorityView authority) {
        if (on == null) {
            return;
        }
        LocalDate latest = LocalDate.now(clock).plusDays(DAYS_AHEAD);
        if (on.isBefore(EARLIEST)) {
            check.reject("effectiveOn", "authority.succession.effectiveOn.tooEarly", dates.day(EARLIEST));
        } else if (on.isAfter(latest)) {
            check.reject("effectiveOn", "authority.succession.effectiveOn.tooFar", dates.day(latest));
        } else if (authority.lastRenamedOn() != null && !on.isAfter(authority.lastRenamedOn())) {
            check.reject(
                    "effectiveOn", "authority.succession.effectiveOn.beforeLast", dates.day(authority.lastRenamedOn()));
        }
    }

    private void checkSuccessor(Checks.Collector check, AuthorityView authority, Long successorId) {
        if (successorId == null) {
            check.reject("successorAuthorityId", "authority.succession.successor.required");
            return;
        }
        if (successorId == authority.id()) {
            check.reject("successorAuthorityId", "authority.succession.successor.self");
            return;
        }
        AuthorityView successor = store.find(successorId).orElse(null);
        if (successor == null) {
            check.reject("successorAuthorityId", "authority.notFound", successorId);
        } else if (store.successors(successorId).contains(authority.id())) {
            check.reject(
                    "successorAuthorityId", "authority.succession.successor.cycle", successor.name(), authority.name());
        } else if (successor.merged()) {
            check.reject(
                    "successorAuthorityId",
                    "authority.succession.successor.merged",
                    successor.name(),
                    successor.successorName());
        } else if (successor.kind() != authority.kind()) {
            check.reject("successorAuthorityId", "authority.succession.successor.otherKind", successor.name());
        }
    }

    private void checkNewName(Checks.Collector check, AuthorityView authority, String newName) {
        if (newName == null || newName.isBlank()) {
            check.reject("newName", "authority.succession.newName.required");
        } else if (!check.hasErrorOn("newName") && store.sameName(newName, authority.name())) {
            check.reject("newName", "authority.succession.newName.same", authority.name());
        } else if (!check.hasErrorOn("newName") && store.nameTakenByAnother(authority.id(), newName.strip())) {
            check.reject("newName", "authority.succession.newName.taken", newName.strip());
        }
    }

    private static String legalBasis(AuthoritySuccessionCommand command) {
        return command.legalBasis() == null || command.legalBasis().isBlank()
                ? null
                : command.legalBasis().strip();
    }
}
