package vn.thidua.voting.internal;

import vn.thidua.voting.domain.Elector;

/**
 * The one place an elector becomes the text of the {@code elector} columns ("unit:12", "council:3",
 * the format the database has always kept) and back.
 */
public final class ElectorColumn {

    private static final String UNIT = "unit:";
    private static final String COUNCIL = "council:";

    private ElectorColumn() {}

    public static String write(Elector elector) {
        if (elector instanceof Elector.MemberUnit unit) {
            return UNIT + unit.unitId();
        }
        return COUNCIL + ((Elector.CouncilMember) elector).councilMemberId();
    }

    static Elector read(String column) {
        if (column.startsWith(UNIT)) {
            return new Elector.MemberUnit(Long.parseLong(column.substring(UNIT.length())));
        }
        if (column.startsWith(COUNCIL)) {
            return new Elector.CouncilMember(Long.parseLong(column.substring(COUNCIL.length())));
        }
        throw new IllegalStateException("not an elector: " + column);
    }
}
