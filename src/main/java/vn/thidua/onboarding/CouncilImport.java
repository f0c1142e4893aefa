package vn.thidua.onboarding;

import java.util.List;
import java.util.Objects;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.CouncilMemberView;

/** The sheet "Hội đồng": a council member by full name within the authority, added or updated. */
final class CouncilImport {

    private final ImportLedger ledger;

    CouncilImport(ImportLedger ledger) {
        this.ledger = ledger;
    }

    void run(List<CouncilRow> rows) {
        AuthorityService authorities = ledger.services().authorities();
        long authorityId = ledger.authority().id();
        NameIndex names = ledger.names();
        names.council(authorities.councilMembers(authorityId), rows);
        for (CouncilRow row : rows) {
            RowEntry entry = ledger.entry(ProvinceSheet.COUNCIL, row.row());
            if (!entry.wrong()) {
                CouncilMemberView current = names.existingCouncilMember(row.fullName());
                CouncilMemberCommand command = new CouncilMemberCommand(row.fullName(), Texts.blank(row.position()));
                ImportLedger.Written<CouncilMemberView> written = ledger.write(
                        entry,
                        current,
                        c -> c.fullName().equals(row.fullName()) && Objects.equals(c.position(), command.position()),
                        () -> authorities.addCouncilMember(ledger.user(), authorityId, command),
                        c -> authorities.updateCouncilMember(ledger.user(), c.id(), command));
                if (written.saved() != null) {
                    names.councilMemberSaved(row.row(), written.saved().id());
                    entry.became(written.outcome());
                }
            }
            ledger.step();
        }
    }
}
