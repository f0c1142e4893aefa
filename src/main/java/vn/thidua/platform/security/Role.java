package vn.thidua.platform.security;

/**
 * What a user may do, each scoped: the board to one authority, an officer to one unit, a council member to the blocs it
 * follows, a decider to one authority.
 */
public enum Role {
    ADMIN,
    BOARD,
    UNIT_OFFICER,
    COUNCIL_MEMBER,
    /**
     * Signs the award decisions of one authority (Chủ tịch UBND tỉnh, Bộ trưởng, or the office issuing in their name).
     */
    DECIDER
}
