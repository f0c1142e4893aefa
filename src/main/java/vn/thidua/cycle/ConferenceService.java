package vn.thidua.cycle;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.internal.ConferenceStore;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;

/**
 * The record of a bloc year's conference: kept by the leading unit (or the board), every change
 * logged, locked once the minutes are signed.
 */
@Service
public class ConferenceService {

    private final ConferenceStore store;
    private final BlocService blocs;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;

    ConferenceService(ConferenceStore store, BlocService blocs, Checks checks, Messages messages, Clock clock) {
        this.store = store;
        this.blocs = blocs;
        this.checks = checks;
        this.messages = messages;
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
        scope.requireLeaderOrBoard();
        Optional<Map<String, String>> current = store.fields(yearId);
        Checks.Collector check = checks.of(command);
        if (current.isPresent() && current.get().get("signed_at") != null) {
            check.reject("heldOn", "conference.signed");
        }
        if (current.isPresent()
                && command.getVersion() != null
                && !command.getVersion().toString().equals(current.get().get("version"))) {
            throw new OptimisticLockingFailureException("conference " + yearId + " changed");
        }
        if (command.getHostUnitId() != null && !scope.isMember(command.getHostUnitId())) {
            check.reject("hostUnitId", "conference.host.notMember");
        }
        int year = scope.year().year();
        if (command.getHeldOn() != null
                && (command.getHeldOn().getYear() < year || command.getHeldOn().getYear() > year + 1)) {
            check.reject("heldOn", "conference.date.range", year, year + 1);
        }
        check.throwIfInvalid();
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
        store.save(yearId, values, current.isEmpty());
        for (String field : ConferenceStore.FIELDS) {
            String old = current.map(c -> c.get(field)).orElse(null);
            String now = values.get(field) == null ? null : values.get(field).toString();
            if (!Objects.equals(old, now)) {
                store.change(yearId, field, old, now, user.username(), clock.instant());
            }
        }
        return get(scope).orElseThrow();
    }

    /** Signing the minutes locks the record. */
    @Transactional
    public ConferenceView sign(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        Map<String, String> current = store.fields(yearId)
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new Violation("heldOn", messages.get("conference.none")))));
        if (current.get("signed_at") != null) {
            throw new InvalidInputException(List.of(new Violation("heldOn", messages.get("conference.signed"))));
        }
        store.sign(yearId, user.username(), clock.instant());
        store.change(yearId, "signed_at", null, "signed", user.username(), clock.instant());
        return get(scope).orElseThrow();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
