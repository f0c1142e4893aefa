package vn.thidua.platform.web;

import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;

/**
 * What the layout's menu shows a signed-in person, decided once per page here rather than by a dozen
 * {@code currentUser.role.name() == '…'} expressions in the template (each a reflective call: the templates' SpEL was
 * 12–18 % of a page's time under load, bench/README.md).
 *
 * @param boardOrAdmin the overview (dashboard), statistics and the administration menu
 * @param calendar the year's calendar: the board, unit officers and council members
 * @param registry the emulation movements and the award registry: everyone but the council
 * @param votes the votes one takes part in: council members and unit officers
 * @param council a council member: the proposals are those laid before the council
 */
public record Menu(boolean boardOrAdmin, boolean calendar, boolean registry, boolean votes, boolean council) {

    /** The menu of this person, or null for nobody signed in (the layout shows no menu then). */
    public static Menu of(CurrentUser user) {
        Role role = user.role();
        boolean council = role == Role.COUNCIL_MEMBER;
        return new Menu(
                role == Role.BOARD || role == Role.ADMIN,
                role == Role.BOARD || role == Role.UNIT_OFFICER || council,
                !council,
                council || role == Role.UNIT_OFFICER,
                council);
    }
}
