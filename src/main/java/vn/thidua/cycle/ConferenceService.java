package vn.thidua.cycle;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.domain.CycleEvent;
import vn.thidua.cycle.domain.YearCycle;
import vn.thidua.cycle.internal.ConferenceStore;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

/**
 * The record of a bloc year's conference: kept by the leading unit (or the board), every change
 * logged, locked once the minutes are signed.
 */
@Service
public class ConferenceService {

    private final ConferenceStore store;
    private final Cycles cycles;
    private final BlocService blocs;
    private final Checks checks;
    private final Clock clock;

    ConferenceService(ConferenceStore store, Cycles cycles, BlocService blocs, Checks checks, Clock clock) {
        this.store = store;
        this.cycles = cycles;
        this.blocs = blocs;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ConferenceView> get(CurrentUser user, long yearId) {
        return get(blocs.scope(user, yearId));
    }

    public Optional<ConferenceView> get(BlocYearScope scope) {
        return store.find(
                scope.year().id(),
                id -> scope.year().members().stream()
                        .filter(m -> m.id() == id)
                        .findFirst()
                        .orElse(new UnitRef(
                                id,
                                "#" + id,
                                null,
                                scope.bloc().authorityId(),
                                scope.bloc().authorityName())));
    }

    @Transactional
    public ConferenceView save(CurrentUser user, long yearId, ConferenceCommand command) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Optional<Map<String, String>> current = store.fields(yearId);
        YearCycle year = state(yearId, current);
        CycleEvent.ConferenceRecorded recorded =
                cycles.take(() -> year.recordConference(Cycles.actor(user, scope), clock.instant()));
        Checks.Collector check = checks.of(command);
        Cycles.requireVersion(check, current.isPresent(), command.getVersion());
        if (command.getHostUnitId() != null && !scope.isMember(command.getHostUnitId())) {
            check.reject("hostUnitId", "conference.host.notMember");
        }
        int y = scope.year().year();
        if (command.getHeldOn() != null
                && (command.getHeldOn().getYear() < y || command.getHeldOn().getYear() > y + 1)) {
            check.reject("heldOn", "conference.date.range", y, y + 1);
        }
        check.throwIfInvalid();
        if (current.isPresent()
                && !command.getVersion().toString().equals(current.get().get("version"))) {
            throw new OptimisticLockingFailureException("conference " + yearId + " changed");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("held_on", command.getHeldOn());
        values.put("place", command.getPlace().strip());
        values.put("host_unit_id", command.getHostUnitId());
        values.put("chair", command.getChair().strip());
        values.put("secretary", blank(command.getSecretary()));
        values.put("attendees", text(command.getAttendees()));
        values.put("guests", text(command.getGuests()));
        values.put("agenda", text(command.getAgenda()));
        values.put("adopted", text(command.getAdopted()));
        values.put("outcomes", text(command.getOutcomes()));
        store.save(yearId, values, recorded.first());
        for (String field : ConferenceStore.FIELDS) {
            String old = current.map(c -> c.get(field)).orElse(null);
            String now = values.get(field) == null ? null : values.get(field).toString();
            if (!Objects.equals(old, now)) {
                store.change(yearId, field, old, now, recorded.by(), recorded.at());
            }
        }
        return get(scope).orElseThrow();
    }

    /** Signing the minutes locks the record; a version sent must still be the record's. */
    @Transactional
    public ConferenceView sign(CurrentUser user, long yearId, Long version) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Optional<Map<String, String>> current = store.fields(yearId);
        CycleEvent.ConferenceSigned signed =
                cycles.take(() -> state(yearId, current).signConference(Cycles.actor(user, scope), clock.instant()));
        if (version != null && !version.toString().equals(current.orElseThrow().get("version"))) {
            throw new OptimisticLockingFailureException("conference " + yearId + " changed");
        }
        store.sign(yearId, signed.by(), signed.at());
        store.change(yearId, "signed_at", null, "signed", signed.by(), signed.at());
        return get(scope).orElseThrow();
    }

    @Transactional
    public ConferenceView sign(CurrentUser user, long yearId) {
        return sign(user, yearId, null);
    }

    private static YearCycle state(long yearId, Optional<Map<String, String>> record) {
        return new YearCycle(
                yearId,
                true,
                null,
                new YearCycle.Conference(
                        record.isPresent(),
                        record.map(r -> r.get("signed_at") != null).orElse(false)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
