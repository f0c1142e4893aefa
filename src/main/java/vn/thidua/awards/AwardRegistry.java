package vn.thidua.awards;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.awards.internal.RegistryStore;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitSuccessionView;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.AwardRecords;
import vn.thidua.rules.domain.SubjectKind;

/**
 * The award registry: every title and award with its decision, searchable, importable from a
 * province's past lists, and the history the eligibility engine judges later years on. Read by the
 * board and the decider of the authority, and by a unit's officer for its own unit; the board of an
 * authority others were merged into reads theirs too.
 */
@Service
public class AwardRegistry {

    private final RegistryStore store;
    private final UnitService units;
    private final Messages messages;
    private final RegistryImporter importer;
    private final OrgPermissions permissions;
    private final AwardRecords records;
    private final Checks checks;

    AwardRegistry(
            RegistryStore store,
            UnitService units,
            Messages messages,
            RegistryImporter importer,
            OrgPermissions permissions,
            AwardRecords records,
            Checks checks) {
        this.records = records;
        this.checks = checks;
        this.permissions = permissions;
        this.importer = importer;
        this.store = store;
        this.units = units;
        this.messages = messages;
    }

    /** The awards the user may read that match the search, newest first; a search out of range is refused (400). */
    @Transactional(readOnly = true)
    public List<AwardEntry> search(CurrentUser user, RegistrySearch search) {
        Checks.Collector check = checks.none();
        search.check(check);
        check.throwIfInvalid();
        return search(user, search.query());
    }

    private List<AwardEntry> search(CurrentUser user, RegistryQuery query) {
        if (user.isAdmin()) {
            return store.search(query, null, null);
        }
        if (user.role() == Role.BOARD) {
            // the board of a successor reads the awards of the authorities merged into its own as its history
            return store.search(query, permissions.boardLineage(user), null);
        }
        if (user.role() == Role.DECIDER) {
            return store.search(query, List.of(user.authorityId()), null);
        }
        if (user.role() == Role.UNIT_OFFICER) {
            return store.search(query, null, units.lineage(user.unitId()));
        }
        throw new AccessDeniedException("the registry is read by the board, the decider and the units");
    }

    /**
     * Every award of the year (the year the registry keeps it under) of the authority's units, its collectives and
     * people, for the authority's statistics: read by its board and the administrator only.
     */
    @Transactional(readOnly = true)
    public List<AwardEntry> ofAuthorityYear(CurrentUser user, long authorityId, int year) {
        if (!user.isAdmin() && !user.isBoardOf(authorityId)) {
            throw new AccessDeniedException("an authority's awards of a year are counted by its board");
        }
        return store.search(
                new RegistryQuery(null, year, null, null, null, Integer.MAX_VALUE), List.of(authorityId), null);
    }

    public byte[] template() {
        return RegistryWorkbook.template();
    }

    /** A unit's awards as a collective and its people's, through every rename and merger that led to it. */
    @Transactional(readOnly = true)
    public UnitAwards ofUnit(CurrentUser user, long unitId) {
        UnitView unit = units.get(unitId);
        requireRead(user, unit.authorityId(), unitId);
        List<Long> lineage = units.lineage(unitId);
        List<AwardEntry> all = store.search(RegistryQuery.all(), null, lineage);
        return new UnitAwards(unit, units.history(unitId).successions(), all);
    }

    @Transactional(readOnly = true)
    public SubjectAwards ofSubject(CurrentUser user, long subjectId) {
        RegistryStore.SubjectRow subject = store.subject(subjectId)
                .orElseThrow(() -> new NotFoundException(messages.get("subject.notFound", subjectId)));
        requireRead(user, subject.authorityId(), subject.unitId());
        return new SubjectAwards(
                subject.id(),
                subject.kind(),
                subject.fullName(),
                subject.position(),
                subject.unitId(),
                subject.unitName(),
                store.ofSubject(subjectId));
    }

    /**
     * Enters the awards of a decision; called by the decision itself, in its transaction. An award the
     * registry already has by the same decision (imported earlier from a list) is not entered twice.
     */
    @Transactional
    public List<Long> record(List<NewAward> awards) {
        List<Long> subjects = new ArrayList<>();
        for (NewAward award : awards) {
            long subject = records.subjectFor(award);
            if (records.enter(subject, award) == AwardRecords.Outcome.TITLE_TAKEN) {
                throw new InvalidInputException(List.of(new Violation(
                        "award",
                        messages.get(
                                "registry.titleTwice",
                                award.fullName(),
                                award.award().label(),
                                award.year()))));
            }
            subjects.add(subject);
        }
        return subjects;
    }

    /**
     * Past awards from a workbook, at once in this request (the API's synchronous import; pages run
     * {@link RegistryImports} as a job with its progress): every row checked first; any wrong row and
     * nothing is entered, with the list of what is wrong where; rows already in the registry are
     * skipped and reported so.
     */
    @Transactional
    public ImportReport importWorkbook(CurrentUser user, InputStream in) {
        requireImporter(user, messages);
        return importer.run(user.authorityId(), in, RegistryImporter.Progress.NONE);
    }

    /**
     * Only a board imports: the sheet names units by name, and only within one authority's units is a name one unit.
     */
    static void requireImporter(CurrentUser user, Messages messages) {
        if (user.role() != Role.BOARD) {
            throw new InvalidInputException(List.of(new Violation("file", messages.get("registry.import.boardOnly"))));
        }
    }

    /** Whether the user may read the awards of that unit: its authority's board or decider, the unit itself. */
    @Transactional(readOnly = true)
    public boolean mayRead(CurrentUser user, long unitId) {
        return mayRead(user, units.get(unitId).authorityId(), unitId);
    }

    private boolean mayRead(CurrentUser user, long authorityId, long unitId) {
        return user.isAdmin()
                || user.isBoardOf(authorityId)
                || user.isDeciderOf(authorityId)
                || permissions.readsAsSuccessor(user, authorityId)
                || user.role() == Role.UNIT_OFFICER
                        && units.lineage(user.unitId()).contains(unitId);
    }

    private void requireRead(CurrentUser user, long authorityId, long unitId) {
        if (!mayRead(user, authorityId, unitId)) {
            throw new AccessDeniedException("no access to the awards of unit " + unitId);
        }
    }

    public record UnitAwards(UnitView unit, List<UnitSuccessionView> successions, List<AwardEntry> awards) {

        public List<AwardEntry> collective() {
            return awards.stream()
                    .filter(a -> a.kind() == SubjectKind.COLLECTIVE)
                    .toList();
        }

        public List<AwardEntry> individuals() {
            return awards.stream()
                    .filter(a -> a.kind() == SubjectKind.INDIVIDUAL)
                    .toList();
        }
    }

    public record SubjectAwards(
            long id,
            SubjectKind kind,
            String fullName,
            String position,
            long unitId,
            String unitName,
            List<AwardEntry> awards) {}
}
