package vn.thidua.platform.security;

/** What a user may do, each scoped: the board to one authority, an officer to one unit, a council member to the blocs it follows. */
public enum Role {
    ADMIN, BOARD, UNIT_OFFICER, COUNCIL_MEMBER
}
