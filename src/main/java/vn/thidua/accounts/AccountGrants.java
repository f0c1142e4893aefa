package vn.thidua.accounts;

import java.util.Optional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;

/**
 * Who may give or change which account: the administrator any; a board only the accounts of its
 * own authority (its board staff, the officers of its units, its council members, its decider),
 * never an administrator's; nobody else any. Answers the refusal's message code, or nothing.
 */
final class AccountGrants {

    private AccountGrants() {}

    static Optional<String> refusal(CurrentUser actor, Role role, Long authorityOfScope) {
        if (actor.isAdmin()) {
            return Optional.empty();
        }
        if (actor.role() != Role.BOARD || actor.authorityId() == null) {
            return Optional.of("account.refused.notManager");
        }
        if (role == Role.ADMIN) {
            return Optional.of("account.refused.roleTooWide");
        }
        if (authorityOfScope == null || !authorityOfScope.equals(actor.authorityId())) {
            return Optional.of("account.refused.outsideAuthority");
        }
        return Optional.empty();
    }

    static boolean mayManageAccounts(CurrentUser actor) {
        return actor.isAdmin() || (actor.role() == Role.BOARD && actor.authorityId() != null);
    }
}
