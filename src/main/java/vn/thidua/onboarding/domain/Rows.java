package vn.thidua.onboarding.domain;

import java.util.List;
import java.util.regex.Pattern;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.UnitKind;
import vn.thidua.org.domain.BlocKind;

/**
 * The rows of the workbook as read: texts trimmed, kinds and numbers parsed (null where the cell was
 * blank or could not be read, with a {@link Problem} saying why). {@code row} is the Excel row number.
 */
public final class Rows {

    private Rows() {}

    private static final Pattern NAME_SEPARATOR = Pattern.compile("[;\\r\\n]+");

    /** Names in one cell, separated by semicolons or line breaks (a unit's name may hold a comma). */
    public static List<String> names(String cell) {
        return NAME_SEPARATOR
                .splitAsStream(cell)
                .filter(name -> !name.isBlank())
                .map(String::strip)
                .toList();
    }

    public record AuthorityRow(int row, String code, String name, AuthorityKind kind) {}

    public record UnitRow(int row, String name, String shortName, UnitKind kind, String email, String phone) {}

    public record CouncilRow(int row, String fullName, String position) {}

    /** One bloc in one year; a bloc with several years has several rows. Members as the cell names them. */
    public record BlocRow(
            int row,
            String name,
            BlocKind kind,
            Integer year,
            List<String> members,
            String leader,
            String deputy,
            String councilMember) {

        public BlocRow {
            members = List.copyOf(members);
        }
    }

    /** {@code role}: the role's code (ADMIN, BOARD, DECIDER, UNIT_OFFICER, COUNCIL_MEMBER) or null. */
    public record AccountRow(int row, String username, String fullName, String email, String role, String scope) {}
}
