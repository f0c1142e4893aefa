package vn.thidua.awards;

import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/**
 * A search of the registry as the store runs it (from a {@link RegistrySearch}): a name, a year,
 * an award, a kind of subject, a type of commendation, any of them empty, and the most rows.
 */
public record RegistryQuery(String q, Integer year, Award award, SubjectKind kind, CommendationType type, int limit) {

    public static RegistryQuery all() {
        return RegistrySearch.all().query();
    }
}
