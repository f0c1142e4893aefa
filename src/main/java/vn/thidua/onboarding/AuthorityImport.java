package vn.thidua.onboarding;

import java.util.Optional;
import vn.thidua.onboarding.OnboardingReport.Outcome;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.Rows.AuthorityRow;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Refused;

/**
 * The sheet "Cơ quan": the authority found by its code (a board's own when the code is left blank)
 * and left as it is, or created by the administrator. A board naming another authority is refused
 * before anything is written.
 */
final class AuthorityImport {

    private final ImportLedger ledger;

    AuthorityImport(ImportLedger ledger) {
        this.ledger = ledger;
    }

    /** Whether the authority was found or created: the other sheets are compared only then. */
    boolean run(AuthorityRow row) {
        CurrentUser user = ledger.user();
        AuthorityService authorities = ledger.services().authorities();
        RowEntry entry = ledger.entry(ProvinceSheet.AUTHORITY, row.row());
        String code = row.code().strip();
        Optional<AuthorityView> found = code.isEmpty()
                ? Optional.ofNullable(
                        user.role() == Role.BOARD && user.authorityId() != null
                                ? authorities.get(user.authorityId())
                                : null)
                : authorities.all().stream()
                        .filter(a -> a.code().equalsIgnoreCase(code))
                        .findFirst();
        if (found.isPresent()) {
            AuthorityView existing = found.get();
            if (!ledger.services().permissions().canManage(user, existing.id())) {
                throw refusedOutside();
            }
            ledger.authority(existing);
            compare(row, existing, entry);
            entry.became(Outcome.UNCHANGED);
        } else if (code.isEmpty()) {
            entry.problem(Column.AUTHORITY_CODE, "authority.code.required");
        } else if (!user.isAdmin()) {
            throw refusedOutside();
        } else if (!entry.wrong()) {
            ledger.authority(ledger.attempt(
                    entry, () -> authorities.create(user, new AuthorityCommand(code, row.name(), row.kind()))));
            entry.became(Outcome.CREATED);
        }
        ledger.step();
        return ledger.authority() != null;
    }

    /** An existing authority is not changed by the workbook: a name or kind that differs is a mistake of the row. */
    private void compare(AuthorityRow row, AuthorityView existing, RowEntry entry) {
        if (!row.name().isEmpty() && !NameKey.of(row.name()).equals(NameKey.of(existing.name()))) {
            entry.problem(Column.AUTHORITY_NAME, "onboarding.authority.nameDiffers", existing.code(), existing.name());
        }
        if (row.kind() != null && row.kind() != existing.kind()) {
            entry.problem(
                    Column.AUTHORITY_KIND,
                    "onboarding.authority.kindDiffers",
                    existing.name(),
                    ledger.services().messages().get("authorityKind." + existing.kind()));
        }
    }

    private Refused refusedOutside() {
        return new Refused(
                "onboarding.refused.outsideAuthority",
                ledger.services().messages().get("onboarding.refused.outsideAuthority"));
    }
}
