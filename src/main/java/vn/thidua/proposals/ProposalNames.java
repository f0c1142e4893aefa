package vn.thidua.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.org.NamesOfTheTime;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.rules.domain.SubjectKind;

/**
 * The one place a proposal takes its names: those of the day of its documents. A proposal not yet
 * decided carries the names of today, so that a pending dossier of a merged or renamed unit or
 * province carries its successor's name (the unit keeps its former one beside it); a decided one
 * keeps the names of its decision's day, an ended one those of the day it ended.
 */
@Component
record ProposalNames(NamesOfTheTime names, Clock clock) {

    ProposalView ofTheTime(ProposalView p) {
        return on(p, dayOfItsNames(p), new Lookups());
    }

    /** A whole list: proposals share their authority and many of their units, each name is looked up once. */
    List<ProposalView> ofTheTime(List<ProposalView> proposals) {
        Lookups lookups = new Lookups();
        return proposals.stream().map(p -> on(p, dayOfItsNames(p), lookups)).toList();
    }

    ProposalView on(ProposalView p, LocalDate on) {
        return on(p, on, new Lookups());
    }

    private ProposalView on(ProposalView p, LocalDate on, Lookups lookups) {
        String proposer = p.proposerUnitId() == null
                ? p.proposerName()
                : lookups.unit(p.proposerUnitId(), on).name();
        return p.named(
                lookups.authority(p.authorityId(), on),
                proposer,
                p.candidates().stream()
                        .map(c -> {
                            NamesOfTheTime.Name unit = lookups.unit(c.unitId(), on);
                            if (!unit.changed()) {
                                return c;
                            }
                            // a collective named as its unit is that unit: it bears the successor's name too
                            boolean theUnitItself = c.kind() == SubjectKind.COLLECTIVE
                                    && c.fullName().strip().equalsIgnoreCase(unit.formerName());
                            return c.named(theUnitItself ? unit.name() : c.fullName(), unit.name(), unit.formerName());
                        })
                        .toList());
    }

    /** The names looked up for one request, by id and day. */
    private final class Lookups {

        private final Map<String, NamesOfTheTime.Name> units = new HashMap<>();
        private final Map<String, String> authorities = new HashMap<>();

        NamesOfTheTime.Name unit(long id, LocalDate on) {
            return units.computeIfAbsent(id + "@" + on, key -> names.unit(id, on));
        }

        String authority(long id, LocalDate on) {
            return authorities.computeIfAbsent(id + "@" + on, key -> names.authority(id, on));
        }
    }

    private LocalDate dayOfItsNames(ProposalView p) {
        if (p.status() == ProposalStatus.DECIDED && p.decision() != null) {
            return p.decision().signedOn();
        }
        if (p.status().finished() && p.stepStartedAt() != null) {
            return p.stepStartedAt().atZone(clock.getZone()).toLocalDate();
        }
        return LocalDate.now(clock);
    }
}
