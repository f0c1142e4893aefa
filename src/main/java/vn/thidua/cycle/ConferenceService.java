package vn.thidua.cycle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.domain.CycleEvent;
import vn.thidua.cycle.domain.YearCycle;
import vn.thidua.cycle.internal.AfterwardsStore;
import vn.thidua.cycle.internal.ConferenceStore;
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
    private final AfterwardsStore afterwards;

    ConferenceService(ConferenceStore store, Cycles cycles, AfterwardsStore afterwards) {
        this.afterwards = afterwards;
        this.store = store;
        this.cycles = cycles;
    }

    @Transactional(readOnly = true)
    public Optional<ConferenceView> get(CurrentUser user, long yearId) {
        return get(cycles.scope(user, yearId));
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

    public ConferenceView save(CurrentUser user, long yearId, ConferenceCommand command) {
        return cycles.step(user, yearId, step -> {
            Optional<Map<String, String>> current = store.fields(yearId);
            CycleEvent.ConferenceRecorded recorded =
                    cycles.take(() -> state(yearId, current).recordConference(step.actor(), step.at()));
            Checks.Collector check = cycles.check(command);
            Cycles.requireVersion(check, current.isPresent(), command.version());
            if (command.hostUnitId() != null && !step.scope().isMember(command.hostUnitId())) {
                check.reject("hostUnitId", "conference.host.notMember");
            }
            int y = step.scope().year().year();
            if (command.heldOn() != null
                    && (command.heldOn().getYear() < y || command.heldOn().getYear() > y + 1)) {
                check.reject("heldOn", "conference.date.range", y, y + 1);
            }
            // a year entered afterwards had its windows closed by this day: moving it would reopen or shorten them
            if (afterwards.find(yearId).isPresent()
                    && !Objects.equals(
                            current.map(c -> c.get("held_on")).orElse(null),
                            command.heldOn() == null ? null : command.heldOn().toString())) {
                check.reject("heldOn", "afterwards.conferenceFixed");
            }
            check.throwIfInvalid();
            requireRead(yearId, current, command.version());
            Map<String, Object> values = values(command);
            store.save(yearId, values, recorded.first());
            for (String field : ConferenceStore.FIELDS) {
                String old = current.map(c -> c.get(field)).orElse(null);
                String now =
                        values.get(field) == null ? null : values.get(field).toString();
                if (!Objects.equals(old, now)) {
                    store.change(yearId, field, old, now, recorded.by(), recorded.at());
                }
            }
            return get(step.scope()).orElseThrow();
        });
    }

    /** Signing the minutes locks the record; a version sent must still be the record's. */
    public ConferenceView sign(CurrentUser user, long yearId, Long version) {
        return cycles.step(user, yearId, step -> {
            Optional<Map<String, String>> current = store.fields(yearId);
            CycleEvent.ConferenceSigned signed =
                    cycles.take(() -> state(yearId, current).signConference(step.actor(), step.at()));
            requireRead(yearId, current, version);
            store.sign(yearId, signed.by(), signed.at());
            store.change(yearId, "signed_at", null, "signed", signed.by(), signed.at());
            return get(step.scope()).orElseThrow();
        });
    }

    public ConferenceView sign(CurrentUser user, long yearId) {
        return sign(user, yearId, null);
    }

    private static void requireRead(long yearId, Optional<Map<String, String>> current, Long version) {
        if (current.isPresent()
                && version != null
                && !version.toString().equals(current.get().get("version"))) {
            throw new OptimisticLockingFailureException("conference " + yearId + " changed");
        }
    }

    private static Map<String, Object> values(ConferenceCommand command) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("held_on", command.heldOn());
        values.put("place", command.place().strip());
        values.put("host_unit_id", command.hostUnitId());
        values.put("chair", command.chair().strip());
        values.put("secretary", blank(command.secretary()));
        values.put("attendees", text(command.attendees()));
        values.put("guests", text(command.guests()));
        values.put("agenda", text(command.agenda()));
        values.put("adopted", text(command.adopted()));
        values.put("outcomes", text(command.outcomes()));
        return values;
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
