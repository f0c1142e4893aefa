package vn.thidua.awards;

import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/**
 * A search of the registry: a name (without diacritics is fine), a year, an award, a kind of
 * subject, a type of commendation; any may be empty.
 */
public record RegistryQuery(String q, Integer year, Award award, SubjectKind kind, CommendationType type) {

    public static RegistryQuery all() {
        return new RegistryQuery(null, null, null, null, null);
    }
}
