package vn.thidua.rules;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.rules.internal.HistoryReads;
import vn.thidua.rules.internal.SubjectStore;

/**
 * People and collectives with their history of titles, awards, ratings, initiatives and
 * disciplines. Personal data: read and written by the unit's officer, its authority's board and
 * administrators only.
 */
@Service
public class SubjectService {

    private final SubjectStore store;
    private final HistoryReads reads;
    private final UnitService units;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final QuestionYears years;
    private final OrgPermissions permissions;

    SubjectService(
            SubjectStore store,
            HistoryReads reads,
            UnitService units,
            Checks checks,
            Messages messages,
            Clock clock,
            QuestionYears years,
            OrgPermissions permissions) {
        this.permissions = permissions;
        this.years = years;
        this.store = store;
        this.reads = reads;
        this.units = units;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    public boolean mayAccessUnit(CurrentUser user, UnitView unit) {
        return user.isAdmin() || user.isBoardOf(unit.authorityId()) || user.isOfficerOf(unit.id());
    }

    /** To read a person or collective (and ask about it): also the board of the province its own was merged into. */
    @Transactional(readOnly = true)
    public SubjectView readable(CurrentUser user, long id) {
        SubjectView subject =
                store.find(id).orElseThrow(() -> new NotFoundException(messages.get("subject.notFound", id)));
        UnitView unit = units.get(subject.unitId());
        if (!permissions.readsAsSuccessor(user, unit.authorityId())) {
            requireAccess(user, unit);
        }
        return subject;
    }

    @Transactional(readOnly = true)
    public List<SubjectView> ofUnit(CurrentUser user, long unitId) {
        requireAccess(user, units.get(unitId));
        return store.ofUnit(unitId);
    }

    /** In id order, so that a screening reads each table in ranges. */
    @Transactional(readOnly = true)
    public List<SubjectView> ofUnitById(CurrentUser user, long unitId) {
        requireAccess(user, units.get(unitId));
        return store.ofUnitById(unitId);
    }

    /**
     * A unit's people and collectives' ids in order, for a screening job (its user's access was checked when it was
     * queued); the job reads each chunk with {@link #staffChunk} on its reader thread.
     */
    @Transactional(readOnly = true)
    List<Long> staffIds(long unitId) {
        return store.idsOfUnit(unitId);
    }

    /**
     * Those of the given people and collectives (ascending ids) still in the unit, in id order, with their histories.
     */
    @Transactional(readOnly = true)
    List<HistoryReads.Staff> staffChunk(long unitId, List<Long> ids, int year) {
        return reads.staffWithHistories(unitId, ids, year);
    }

    @Transactional(readOnly = true)
    public Map<Long, History> histories(List<SubjectView> subjects, int year) {
        return reads.histories(subjects, year);
    }

    /**
     * The recorded history of a known subject, of a person named in the unit, or of the unit as a
     * collective, for the year asked. A collective's history is the unit's and every predecessor's
     * (renamed, merged into it): a flag won under the old name still counts. Empty when nothing is recorded.
     */
    @Transactional(readOnly = true)
    public History historyOf(Long subjectId, SubjectKind kind, long unitId, String name, int year) {
        List<SubjectView> subjects;
        if (subjectId != null) {
            SubjectView found = store.find(subjectId).orElse(null);
            subjects = found == null ? List.of() : new ArrayList<>(List.of(found));
            if (found != null && found.kind() == SubjectKind.COLLECTIVE) {
                // a stored collective carries on its unit's predecessors' collectives too
                for (long unit : units.lineage(found.unitId())) {
                    if (unit != found.unitId()) {
                        store.ofUnit(unit).stream()
                                .filter(s -> s.kind() == SubjectKind.COLLECTIVE)
                                .forEach(subjects::add);
                    }
                }
            }
        } else if (kind == SubjectKind.COLLECTIVE) {
            subjects = new ArrayList<>();
            for (long unit : units.lineage(unitId)) {
                store.ofUnit(unit).stream()
                        .filter(s -> s.kind() == SubjectKind.COLLECTIVE)
                        .forEach(subjects::add);
            }
        } else {
            String key = normalized(name);
            subjects = store.ofUnit(unitId).stream()
                    .filter(s -> s.kind() == kind && normalized(s.fullName()).equals(key))
                    .limit(1)
                    .toList();
        }
        if (subjects.isEmpty()) {
            return new History(kind, null, null, null, null, null, null);
        }
        Map<Long, History> histories = reads.histories(subjects, year);
        History own = histories.get(subjects.get(0).id());
        List<History.AwardRecord> records = new ArrayList<>();
        List<History.RatingRecord> ratings = new ArrayList<>();
        List<History.Initiative> initiatives = new ArrayList<>();
        List<History.Discipline> disciplines = new ArrayList<>();
        for (SubjectView subject : subjects) {
            History h = histories.get(subject.id());
            records.addAll(h.records());
            // a year rated twice (before and after a merger) keeps the unit's own rating
            h.ratings().stream()
                    .filter(r -> ratings.stream().noneMatch(x -> x.year() == r.year()))
                    .forEach(ratings::add);
            initiatives.addAll(h.initiatives());
            disciplines.addAll(h.disciplines());
        }
        return new History(own.kind(), records, ratings, initiatives, disciplines, own.monthsWorked(), own.members());
    }

    private static String normalized(String name) {
        return name == null ? "" : Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Awards in the recorded history of an authority's people and collectives, by year and award (and by bloc). */
    @Transactional(readOnly = true)
    public List<AwardCount> awardCounts(long authorityId, boolean byBloc) {
        return store.awardCounts(authorityId, byBloc);
    }

    @Transactional
    public SubjectView create(CurrentUser user, SubjectCommand command) {
        Checks.Collector check = checks.of(command);
        UnitView unit = command.unitId() == null ? null : units.get(command.unitId());
        if (unit == null) {
            check.reject("unitId", "subject.unit.required");
        } else {
            requireAccess(user, unit);
        }
        if (command.fullName() == null || command.fullName().isBlank()) {
            check.reject("fullName", "subject.fullName.required");
        } else if (command.fullName().length() > 300) {
            check.reject("fullName", "subject.fullName.tooLong");
        }
        if (command.position() != null && command.position().length() > 300) {
            check.reject("position", "subject.position.tooLong");
        }
        if (command.externalRef() != null && command.externalRef().length() > 100) {
            check.reject("externalRef", "subject.externalRef.tooLong");
        }
        int lastYear = Year.now(clock).getValue() - 1;
        if (command.factsYear() != null && !years.bounds().contains(command.factsYear())) {
            check.reject(
                    "factsYear",
                    "eligibility.year.outOfRange",
                    years.bounds().first(),
                    years.bounds().last());
        }
        ContractMapper mapper = new ContractMapper(check, years.bounds());
        CheckRequest.SubjectFacts facts = command.history() == null
                ? new CheckRequest.SubjectFacts(command.kind(), null, null, null, null, null, null)
                : command.history();
        History history = mapper.history(
                new CheckRequest.SubjectFacts(
                        command.kind(),
                        facts.records(),
                        facts.ratings(),
                        facts.initiatives(),
                        facts.disciplines(),
                        facts.monthsWorked(),
                        facts.members()),
                "history");
        int factsYear = command.factsYear() == null ? lastYear : command.factsYear();
        check.throwIfInvalid();
        long id;
        try {
            id = store.insert(
                    history.kind(),
                    command.fullName().trim(),
                    unit.id(),
                    blankToNull(command.position()),
                    blankToNull(command.externalRef()));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(
                    new Violation("externalRef", messages.get("subject.externalRef.taken", command.externalRef()))));
        }
        store.replaceHistory(id, history, factsYear);
        return store.find(id).orElseThrow();
    }

    private void requireAccess(CurrentUser user, UnitView unit) {
        if (!mayAccessUnit(user, unit)) {
            throw new AccessDeniedException("no access to the people of unit " + unit.id());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public record SubjectCommand(
            String kind,
            String fullName,
            Long unitId,
            String position,
            String externalRef,
            Integer factsYear,
            CheckRequest.SubjectFacts history) {}
}
