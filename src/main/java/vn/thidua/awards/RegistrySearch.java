package vn.thidua.awards;

import vn.thidua.platform.validation.Checks;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/**
 * A search of the registry as the page and the API send it, the same record from both: a name
 * (without diacritics is fine), a year, an award, a kind of subject and a type of commendation by
 * their codes, and how many rows at most; any may be empty. A year outside the registry's years or
 * a size outside 1 to {@value #MAX_SIZE} is refused with its message; a code the registry does not
 * know filters nothing, as a link from an older page may carry one.
 */
public record RegistrySearch(String q, Integer year, String award, String kind, String type, Integer size) {

    /** The years an award of the registry may have (the import takes the same). */
    public static final int FIRST_YEAR = 1945;

    public static final int LAST_YEAR = 2100;

    public static final int MAX_SIZE = 2000;

    public static RegistrySearch all() {
        return new RegistrySearch(null, null, null, null, null, null);
    }

    static boolean knownYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Refuses a year or a size out of range, each on its field. */
    void check(Checks.Collector check) {
        if (year != null && !knownYear(year)) {
            check.reject("year", "registry.search.year.range", FIRST_YEAR, LAST_YEAR);
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            check.reject("size", "registry.search.size.range", MAX_SIZE);
        }
    }

    /** The query the store runs: text stripped, codes as the registry's values. */
    public RegistryQuery query() {
        return new RegistryQuery(
                q == null || q.isBlank() ? null : q.strip(),
                year,
                parse(Award.class, award),
                parse(SubjectKind.class, kind),
                parse(CommendationType.class, type),
                size == null ? MAX_SIZE : size);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
