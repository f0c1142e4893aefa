package vn.thidua.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.accounts.internal.AccountStore;
import vn.thidua.accounts.internal.AccountStore.StoredScope;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.ActivationLinks;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.ServiceTokens;
import vn.thidua.platform.security.TwoFactor;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.security.UserSessions;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;

/**
 * Accounts of people and of other systems, administered within the role × scope of whoever asks
 * ({@link AccountGrants}). An account is never deleted, only disabled, so that the history of who
 * did what keeps its names. A person gets no password from anyone: it sets its own through a
 * one-time link. Pages and API call the same methods. Longer than 400 lines because every change
 * to an account (create, edit, disable, reset, link, import) asks the same grant and writes the same
 * audit line here; splitting it is planned with the statistics and reminders issue, which adds
 * notification preferences to the account.
 */
@Service
public class AccountService {

    private final AccountStore store;
    private final AuthorityService authorities;
    private final UnitService units;
    private final ActivationLinks links;
    private final UserAccounts credentials;
    private final UserSessions sessions;
    private final TwoFactor twoFactor;
    private final ServiceTokens tokens;
    private final AccountMail mail;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final AuditLog audit;

    AccountService(
            AuditLog audit,
            AccountStore store,
            AuthorityService authorities,
            UnitService units,
            ActivationLinks links,
            UserAccounts credentials,
            UserSessions sessions,
            TwoFactor twoFactor,
            ServiceTokens tokens,
            AccountMail mail,
            Checks checks,
            Messages messages,
            Clock clock) {
        this.audit = audit;
        this.store = store;
        this.authorities = authorities;
        this.units = units;
        this.links = links;
        this.credentials = credentials;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.tokens = tokens;
        this.mail = mail;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountView> search(CurrentUser user, String query, boolean service) {
        requireManager(user);
        return store.search(query, user.isAdmin() ? null : user.authorityId(), service, clock.instant());
    }

    /**
     * The enabled accounts of people under an authority, all of them (a counting committee names some; reminders tell
     * each).
     */
    @Transactional(readOnly = true)
    public List<AccountView> peopleOf(long authorityId) {
        return store.enabledPeople(authorityId, clock.instant());
    }

    @Transactional(readOnly = true)
    public AccountView get(CurrentUser user, long id) {
        AccountView account = store.find(id, clock.instant())
                .orElseThrow(() -> new NotFoundException(messages.get("account.notFound", id)));
        refuseIf(AccountGrants.refusal(user, account.role(), account.authorityId()));
        return account;
    }

    @Transactional
    public AccountCreated create(CurrentUser user, AccountCommand command) {
        requireManager(user);
        NewAccount checked = checkNew(command);
        checked.check().throwIfInvalid();
        Scope scope = checked.scope();
        String email = blankToNull(command.email());
        refuseIf(AccountGrants.refusal(user, scope.stored().role(), scope.authorityId()));
        long id;
        try {
            id = store.insert(
                    command.username().trim(), command.fullName().trim(), scope.stored(), email, false, user.id());
        } catch (DuplicateKeyException race) {
            throw checks.none()
                    .reject(
                            "username",
                            "account.username.taken",
                            command.username().trim())
                    .violationsAsException();
        }
        AccountCreated created = withLink(user, get(user, id));
        audit(
                user,
                AuditAction.ACCOUNT_CREATED,
                created.account(),
                describe(created.account())
                        + (created.mailed() ? "; liên kết kích hoạt đã gửi thư" : "; liên kết kích hoạt đã cấp"));
        return created;
    }

    @Transactional
    public AccountView change(CurrentUser user, long id, AccountChange change) {
        AccountView account = get(user, id);
        Checks.Collector check = checks.of(change);
        StoredScope scope = store.storedScope(id);
        Long authorityOfScope = account.authorityId();
        boolean scopeChanged = false;
        if (change.role() != null) {
            Scope asked =
                    scope(check, change.role(), change.authorityId(), change.unitId(), change.councilMemberId(), id);
            if (account.service() && check.isValid() && !serviceRole(change.role())) {
                check.reject("role", "serviceAccount.role");
            }
            if (check.isValid()) {
                scopeChanged = !asked.stored().equals(scope);
                scope = asked.stored();
                authorityOfScope = asked.authorityId();
            }
        }
        boolean enabled = change.enabled() == null ? account.enabled() : change.enabled();
        if (enabled
                && !account.enabled()
                && scope.councilMemberId() != null
                && store.councilMemberTaken(scope.councilMemberId(), id)) {
            check.reject("enabled", "account.councilMember.taken");
        }
        if (id == user.id() && (scopeChanged || !enabled)) {
            check.reject(scopeChanged ? "role" : "enabled", "account.refused.self");
        }
        String email = change.email() == null ? account.email() : blankToNull(change.email());
        if (email != null && !check.hasErrorOn("email") && store.emailTaken(email, id)) {
            check.reject("email", "account.email.taken", email);
        }
        String fullName = change.fullName() == null
                ? account.fullName()
                : change.fullName().trim();
        if (fullName.isEmpty()) {
            check.reject("fullName", "account.fullName.required");
        }
        check.throwIfInvalid();
        refuseIf(AccountGrants.refusal(user, scope.role(), authorityOfScope));
        store.update(id, fullName, email, scope, enabled);
        if (Boolean.TRUE.equals(change.unlock())) {
            credentials.unlock(id);
        }
        if (Boolean.TRUE.equals(change.removeTwoFactor())) {
            twoFactor.remove(id);
        }
        if (scopeChanged || !enabled) {
            // a session keeps the role it was opened with: end them so that the change holds at once
            sessions.endAll(account.username());
        }
        if (!enabled) {
            links.cancel(id);
        }
        if (account.service() && !enabled) {
            tokens.revokeAll(id);
        }
        AccountView after = get(user, id);
        List<String> what = new ArrayList<>();
        if (account.enabled() != after.enabled()) {
            what.add(after.enabled() ? "mở lại tài khoản" : "khóa tài khoản");
        }
        if (scopeChanged) {
            what.add("vai trò, phạm vi: " + describe(account) + " → " + describe(after));
        }
        if (!Objects.equals(account.fullName(), after.fullName())) {
            what.add("họ tên: " + account.fullName() + " → " + after.fullName());
        }
        if (!Objects.equals(account.email(), after.email())) {
            what.add("thư điện tử: " + account.email() + " → " + after.email());
        }
        if (Boolean.TRUE.equals(change.unlock())) {
            what.add("mở khóa đăng nhập");
        }
        if (Boolean.TRUE.equals(change.removeTwoFactor())) {
            what.add("gỡ xác thực hai yếu tố");
        }
        if (!what.isEmpty()) {
            audit(user, AuditAction.ACCOUNT_CHANGED, after, String.join("; ", what));
        }
        return after;
    }

    /** A new one-time link (forgotten password, lost link); the old links stop working and every session ends. */
    @Transactional
    public AccountCreated reset(CurrentUser user, long id) {
        AccountView account = get(user, id);
        if (account.service()) {
            throw checks.none().reject(null, "serviceAccount.noPassword").violationsAsException();
        }
        if (!account.enabled()) {
            throw checks.none()
                    .reject(null, "account.disabled", account.username())
                    .violationsAsException();
        }
        // often asked because someone else knew the password: it stops working now, not when the link is used
        credentials.clearPassword(id);
        sessions.endAll(account.username());
        AccountCreated link = withLink(user, get(user, id));
        audit(
                user,
                AuditAction.ACCOUNT_LINK_ISSUED,
                account,
                "đặt lại mật khẩu: mật khẩu cũ hết hiệu lực"
                        + (link.mailed() ? ", liên kết đã gửi thư" : ", liên kết đã cấp"));
        return link;
    }

    @Transactional
    public ServiceAccountCreated createService(CurrentUser user, ServiceAccountCommand command) {
        requireManager(user);
        Checks.Collector check = checks.of(command);
        if (command.role() != null && !serviceRole(command.role())) {
            check.reject("role", "serviceAccount.role");
        }
        Scope scope =
                check.isValid() ? scope(check, command.role(), command.authorityId(), command.unitId(), null) : null;
        check.throwIfInvalid();
        refuseIf(AccountGrants.refusal(user, scope.stored().role(), scope.authorityId()));
        String username = "api-" + UUID.randomUUID().toString().substring(0, 13);
        long id = store.insert(username, command.name().trim(), scope.stored(), null, true, user.id());
        String token = tokens.issue(id, user.id());
        AccountView created = get(user, id);
        audit(
                user,
                AuditAction.SERVICE_TOKEN_ISSUED,
                created,
                describe(created) + "; mã " + token.substring(0, 9) + "…");
        return new ServiceAccountCreated(created, token);
    }

    /** Revokes a service account: its tokens stop at once and the account is disabled (kept for the history). */
    @Transactional
    public AccountView revokeService(CurrentUser user, long id) {
        AccountView account = get(user, id);
        if (!account.service()) {
            throw new NotFoundException(messages.get("serviceAccount.notFound", id));
        }
        tokens.revokeAll(id);
        StoredScope scope = store.storedScope(id);
        store.update(id, account.fullName(), account.email(), scope, false);
        audit(user, AuditAction.SERVICE_TOKEN_REVOKED, account, "mã truy cập thu hồi, tài khoản khóa");
        return get(user, id);
    }

    private AccountCreated withLink(CurrentUser user, AccountView account) {
        ActivationLinks.IssuedLink link = links.issue(account.id(), user.id());
        boolean mailed = mail.sendLink(account, link);
        return new AccountCreated(account, link.url(), link.expiresAt(), mailed);
    }

    /**
     * A board's or an officer's scope only: a token never expires and gives no second factor, so it
     * must not hold the power to reset the administrators and remove their second factor.
     */
    private void audit(CurrentUser user, AuditAction action, AccountView account, String detail) {
        audit.record(AuditEvent.by(
                user,
                action,
                account.authorityId(),
                (account.service() ? "tài khoản dịch vụ " : "tài khoản ") + account.username(),
                detail));
    }

    private String describe(AccountView account) {
        String role = messages.get("role." + account.role());
        return account.scopeName().isEmpty() ? role : role + " (" + account.scopeName() + ")";
    }

    private static boolean serviceRole(Role role) {
        return role == Role.BOARD || role == Role.UNIT_OFFICER;
    }

    /** The stored scope of a role and the authority it lies in; missing or unknown parts are field errors. */
    private record Scope(StoredScope stored, Long authorityId) {}

    private Scope scope(Checks.Collector check, Role role, Long authorityId, Long unitId, Long councilMemberId) {
        return scope(check, role, authorityId, unitId, councilMemberId, null);
    }

    /** {@code exceptAccount}: the account being changed, which may keep its own council member. */
    private Scope scope(
            Checks.Collector check,
            Role role,
            Long authorityId,
            Long unitId,
            Long councilMemberId,
            Long exceptAccount) {
        if (role == null) {
            return new Scope(new StoredScope(Role.UNIT_OFFICER, null, null, null), null);
        }
        switch (role) {
            case ADMIN:
                return new Scope(new StoredScope(role, null, null, null), null);
            case BOARD:
            case DECIDER:
                if (authorityId == null) {
                    check.reject("authorityId", "account.authority.required");
                } else if (!exists(() -> authorities.get(authorityId))) {
                    check.reject("authorityId", "authority.notFound", authorityId);
                }
                return new Scope(new StoredScope(role, authorityId, null, null), authorityId);
            case UNIT_OFFICER:
                if (unitId == null) {
                    check.reject("unitId", "account.unit.required");
                    return new Scope(new StoredScope(role, null, null, null), null);
                }
                UnitView unit;
                try {
                    unit = units.get(unitId);
                } catch (NotFoundException e) {
                    check.reject("unitId", "unit.notFound", unitId);
                    return new Scope(new StoredScope(role, null, unitId, null), null);
                }
                if (!unit.active()) {
                    check.reject("unitId", "account.unit.ended", unit.name());
                }
                return new Scope(new StoredScope(role, null, unitId, null), unit.authorityId());
            case COUNCIL_MEMBER:
            default:
                if (councilMemberId == null) {
                    check.reject("councilMemberId", "account.councilMember.required");
                    return new Scope(new StoredScope(role, null, null, null), null);
                }
                try {
                    long authority = authorities.councilMember(councilMemberId).authorityId();
                    if (store.councilMemberTaken(councilMemberId, exceptAccount)) {
                        check.reject("councilMemberId", "account.councilMember.taken");
                    }
                    return new Scope(new StoredScope(role, null, null, councilMemberId), authority);
                } catch (NotFoundException e) {
                    check.reject("councilMemberId", "councilMember.notFound", councilMemberId);
                    return new Scope(new StoredScope(role, null, null, councilMemberId), null);
                }
        }
    }

    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** An account by its username, whoever manages it (for an import to recognise its own earlier rows). */
    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return store.idOf(username).flatMap(id -> store.find(id, clock.instant()));
    }

    /** The problems a new account would be refused for, in words, without saving it. */
    @Transactional(readOnly = true)
    public List<String> problemsOf(AccountCommand command) {
        return checkNew(command).check().violations().stream()
                .map(v -> v.message())
                .toList();
    }

    /**
     * Everything {@link #create} would refuse this user's new account for, each with its field, without
     * saving it: the command's fields, its scope, a username or e-mail already taken, and a role or
     * scope beyond what the user may give (on field {@code role}, with the refusal's message).
     */
    @Transactional(readOnly = true)
    public List<Violation> refusalsOf(CurrentUser user, AccountCommand command) {
        requireManager(user);
        NewAccount checked = checkNew(command);
        if (checked.check().isValid()) {
            AccountGrants.refusal(
                            user,
                            checked.scope().stored().role(),
                            checked.scope().authorityId())
                    .ifPresent(code -> checked.check().reject("role", code));
        }
        return checked.check().violations();
    }

    private record NewAccount(Checks.Collector check, Scope scope) {}

    private NewAccount checkNew(AccountCommand command) {
        Checks.Collector check = checks.of(command);
        Scope scope = scope(check, command.role(), command.authorityId(), command.unitId(), command.councilMemberId());
        if (!check.hasErrorOn("username")
                && store.usernameTaken(command.username().trim())) {
            check.reject(
                    "username", "account.username.taken", command.username().trim());
        }
        String email = blankToNull(command.email());
        if (email != null && !check.hasErrorOn("email") && store.emailTaken(email, null)) {
            check.reject("email", "account.email.taken", email);
        }
        return new NewAccount(check, scope);
    }

    /** Refuses (403, with its reason) a manager giving this role within this authority beyond its own scope. */
    public void requireMayGrant(CurrentUser user, Role role, long authorityId) {
        requireManager(user);
        refuseIf(AccountGrants.refusal(user, role, authorityId));
    }

    public void requireManager(CurrentUser user) {
        if (!AccountGrants.mayManageAccounts(user)) {
            throw new Refused("account.refused.notManager", messages.get("account.refused.notManager"));
        }
    }

    private void refuseIf(Optional<String> refusal) {
        if (refusal.isPresent()) {
            throw new Refused(refusal.get(), messages.get(refusal.get()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
