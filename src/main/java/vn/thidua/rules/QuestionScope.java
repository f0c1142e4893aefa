package vn.thidua.rules;

import org.springframework.stereotype.Component;
import vn.thidua.org.UnitService;
import vn.thidua.platform.security.CurrentUser;

/**
 * Whose regulation (quy chế) answers a question asked with bare facts: the board's authority, or
 * the authority of the officer's unit. Administrators, council members and other systems get the
 * national values.
 */
@Component
record QuestionScope(UnitService units) {

    Long authorityOf(CurrentUser user) {
        return switch (user.role()) {
            case BOARD -> user.authorityId();
            case UNIT_OFFICER ->
                user.unitId() == null ? null : units.get(user.unitId()).authorityId();
            default -> null;
        };
    }
}
