package vn.thidua.voting.domain;

/**
 * Who casts one vote: a member unit of the bloc (a conference's vote) or a member of the
 * authority's emulation council (a council's vote). The database writes it as text in one place,
 * the voting feature's store; everywhere else it is this type.
 */
public sealed interface Elector {

    /** The id of the unit or of the council member. */
    long id();

    record MemberUnit(long unitId) implements Elector {
        @Override
        public long id() {
            return unitId;
        }
    }

    record CouncilMember(long councilMemberId) implements Elector {
        @Override
        public long id() {
            return councilMemberId;
        }
    }
}
