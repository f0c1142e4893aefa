package vn.thidua.onboarding;

import vn.thidua.onboarding.domain.Column;

/**
 * The names one row gives, resolved to ids: each it cannot resolve is noted on the row (an unknown
 * name, or the wrong row that was to create it), and the row is then not written.
 */
final class RowLookup {

    private final NameIndex names;
    private final RowEntry entry;
    private final String authorityName;
    private boolean complete = true;

    RowLookup(NameIndex names, RowEntry entry, String authorityName) {
        this.names = names;
        this.entry = entry;
        this.authorityName = authorityName;
    }

    /** A blank name is no name: null, and nothing noted. */
    Long unit(String name, Column column, boolean anyProvince) {
        return name.isEmpty() ? null : id(names.unit(name, anyProvince), column, "onboarding.unit.unknown", name);
    }

    /** A blank name is no name: null, and nothing noted. */
    Long councilMember(String name, Column column) {
        return name.isEmpty() ? null : id(names.councilMember(name), column, "onboarding.council.unknown", name);
    }

    /** Whether every name given so far was found. */
    boolean complete() {
        return complete;
    }

    private Long id(Ref ref, Column column, String unknownCode, String name) {
        if (ref instanceof Ref.Found found) {
            return found.id();
        }
        complete = false;
        if (ref instanceof Ref.Broken broken) {
            entry.dependsOn(broken);
        } else {
            entry.problem(column, unknownCode, name, authorityName);
        }
        return null;
    }
}
