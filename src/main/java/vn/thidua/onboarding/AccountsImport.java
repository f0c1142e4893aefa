package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.accounts.AccountChange;
import vn.thidua.accounts.AccountCommand;
import vn.thidua.accounts.AccountCreated;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.AccountView;
import vn.thidua.onboarding.OnboardingReport.Outcome;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.Rows.AccountRow;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Violation;

/**
 * The sheet "Tài khoản": an account by its username, within the rules of the accounts' own service
 * (who may give which role and scope). An existing account is changed at once; a new one is only
 * checked, and created by {@link #create()} once every other row went through, because creating it
 * mails its activation link.
 */
final class AccountsImport {

    private record Pending(RowEntry entry, AccountCommand command) {}

    private final ImportLedger ledger;
    private final CurrentUser user;
    private final AccountService accounts;
    private final List<Pending> pending = new ArrayList<>();
    private int rows;

    AccountsImport(ImportLedger ledger) {
        this.ledger = ledger;
        this.user = ledger.user();
        this.accounts = ledger.services().accounts();
    }

    void check(List<AccountRow> rows) {
        this.rows = rows.size();
        for (AccountRow row : rows) {
            RowEntry entry = ledger.entry(ProvinceSheet.ACCOUNTS, row.row());
            if (!entry.wrong()) {
                account(row, entry);
            }
            ledger.step();
        }
    }

    private void account(AccountRow row, RowEntry entry) {
        Role role = Role.valueOf(row.role());
        AccountCommand command = scoped(row, role, entry);
        if (command == null) {
            return;
        }
        Optional<AccountView> existing = accounts.findByUsername(row.username());
        if (existing.isPresent()) {
            AccountView account = ledger.attempt(
                    entry, () -> accounts.get(user, existing.get().id()));
            if (account == null) {
                return;
            }
            Optional<AccountChange> change = command.changeFrom(account);
            if (change.isEmpty()) {
                entry.became(Outcome.UNCHANGED);
            } else if (ledger.attempt(entry, () -> accounts.change(user, account.id(), change.get())) != null) {
                entry.became(Outcome.UPDATED);
            }
            return;
        }
        List<Violation> refusals = accounts.refusalsOf(user, command);
        entry.refused(refusals);
        if (refusals.isEmpty()) {
            pending.add(new Pending(entry, command));
            entry.became(Outcome.CREATED);
        }
    }

    /**
     * The row's account with its role's scope: the authority being imported for a board or a
     * decider, a unit for a unit's officer, a council member for a council member. Null, with the
     * reason on the row, when the scope is missing, unknown or another authority.
     */
    private AccountCommand scoped(AccountRow row, Role role, RowEntry entry) {
        String scope = row.scope();
        AuthorityView authority = ledger.authority();
        RowLookup lookup = ledger.lookup(entry);
        Long authorityId = null;
        Long unitId = null;
        Long councilMemberId = null;
        boolean known = switch (role) {
            case BOARD, DECIDER -> {
                authorityId = authority.id();
                if (!scope.isEmpty()
                        && !NameKey.of(scope).equals(NameKey.of(authority.name()))
                        && !scope.equalsIgnoreCase(authority.code())) {
                    entry.problem(Column.ACCOUNT_SCOPE, "onboarding.account.scopeAuthority", authority.name());
                    yield false;
                }
                yield true;
            }
            case UNIT_OFFICER -> {
                unitId = lookup.unit(scope, Column.ACCOUNT_SCOPE, false);
                yield scopeGiven(scope, role, entry) && lookup.complete();
            }
            case COUNCIL_MEMBER -> {
                councilMemberId = lookup.councilMember(scope, Column.ACCOUNT_SCOPE);
                yield scopeGiven(scope, role, entry) && lookup.complete();
            }
            case ADMIN -> true;
        };
        return known
                ? new AccountCommand(
                        row.username(),
                        row.fullName(),
                        role,
                        authorityId,
                        unitId,
                        councilMemberId,
                        Texts.blank(row.email()))
                : null;
    }

    private static boolean scopeGiven(String scope, Role role, RowEntry entry) {
        if (scope.isEmpty()) {
            entry.problem(
                    Column.ACCOUNT_SCOPE,
                    role == Role.UNIT_OFFICER ? "account.unit.required" : "account.councilMember.required");
            return false;
        }
        return true;
    }

    /** Creates the accounts checked, in the rows' order: each mails its activation link. */
    void create() {
        ledger.skip(rows - pending.size());
        for (Pending account : pending) {
            AccountCreated created = ledger.attempt(account.entry(), () -> accounts.create(user, account.command()));
            if (created != null) {
                account.entry().activation(created.activationLink(), created.mailed());
            }
            ledger.step();
        }
    }
}
