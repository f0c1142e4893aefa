package vn.thidua.org;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.internal.AuthorityStore;
import vn.thidua.org.internal.UnitStore;

/**
 * The name a unit or an authority bears on a day, through the renames and mergers recorded up to
 * that day: a document names its units as they are on its date. A dossier still pending carries the
 * successor's name (Ban TĐKT Trung ương, 01/07/2025), a decision the names of its day. A split is not
 * followed: the original goes on, and which part a record belongs to is not the registry's to guess.
 */
@Service
public class NamesOfTheTime {

    /** More steps than any real history has; a longer chain would be a data error, not a history. */
    private static final int MAX_STEPS = 50;

    private final UnitStore units;
    private final AuthorityStore authorities;

    NamesOfTheTime(UnitStore units, AuthorityStore authorities) {
        this.units = units;
        this.authorities = authorities;
    }

    /** A name, and the name it replaced when that differs (for "(trước đây: …)"). */
    public record Name(String name, String formerName) {

        public boolean changed() {
            return formerName != null;
        }
    }

    /**
     * The name of the unit that carries this unit on {@code on}, with the unit's own name as the former one if it
     * differs.
     */
    @Transactional(readOnly = true)
    public Name unit(long unitId, LocalDate on) {
        String own = units.find(unitId).orElseThrow().name();
        String now = units.find(carrier(unitId, on)).orElseThrow().name();
        return new Name(now, now.equals(own) ? null : own);
    }

    /** The authority's name on {@code on}: its successor's if it was merged by then, the name it bore that day. */
    @Transactional(readOnly = true)
    public String authority(long authorityId, LocalDate on) {
        AuthorityView authority = authorities.find(authorityId).orElseThrow();
        for (int step = 0;
                step < MAX_STEPS
                        && authority.merged()
                        && (authority.mergedOn() == null
                                || !authority.mergedOn().isAfter(on));
                step++) {
            authority = authorities.find(authority.successorId()).orElseThrow();
        }
        return authority.nameOn(on);
    }

    private long carrier(long unitId, LocalDate on) {
        long current = unitId;
        for (int step = 0; step < MAX_STEPS; step++) {
            List<Long> next = units.carriedOnBy(current, on);
            if (next.size() != 1) {
                return current;
            }
            current = next.get(0);
        }
        return current;
    }
}
