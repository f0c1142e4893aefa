package vn.thidua.rules.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.postgresql.copy.CopyOut;

/**
 * The rows of a PostgreSQL COPY TO STDOUT in text format, read in place: numbers are parsed from
 * the bytes, text is made into a String only when asked for. Used for columns that are numbers
 * and codes, which COPY never escapes.
 */
final class CopyRows {

    private byte[] data = new byte[0];
    private final int[] starts = new int[16];
    private final int[] ends = new int[16];

    /**
     * Every row of a COPY ... TO STDOUT as it arrives: PostgreSQL sends one CopyData message a row, read where it
     * lies, with no copy of the whole output into one buffer first.
     */
    static void each(CopyOut copy, Consumer<CopyRows> row) throws SQLException {
        CopyRows rows = new CopyRows();
        try {
            byte[] message;
            while ((message = copy.readFromCopy()) != null) {
                rows.read(message, row);
            }
        } catch (RuntimeException | Error e) {
            // a row it cannot read: the rest is read and dropped, so that the connection goes back to its pool
            // ready for its next statement, not in the middle of a COPY (the driver's cancelCopy leaves a COPY
            // out in a state it then refuses)
            try {
                while (copy.readFromCopy() != null) {
                    // dropped
                }
            } catch (SQLException drained) {
                e.addSuppressed(drained);
            }
            throw e;
        }
    }

    /** The rows of one message (one, as PostgreSQL sends them; more would be read too). */
    private void read(byte[] message, Consumer<CopyRows> row) {
        data = message;
        int position = 0;
        while (position < message.length) {
            int field = 0;
            starts[0] = position;
            while (message[position] != '\n') {
                if (message[position] == '\t') {
                    ends[field] = position;
                    starts[++field] = position + 1;
                }
                position++;
            }
            ends[field] = position;
            position++;
            row.accept(this);
        }
    }

    boolean isNull(int field) {
        return ends[field] - starts[field] == 2 && data[starts[field]] == '\\' && data[starts[field] + 1] == 'N';
    }

    long number(int field) {
        long value = 0;
        boolean negative = false;
        for (int i = starts[field]; i < ends[field]; i++) {
            byte b = data[i];
            if (b == '-') {
                negative = true;
            } else {
                value = value * 10 + (b - '0');
            }
        }
        return negative ? -value : value;
    }

    int integer(int field) {
        return (int) number(field);
    }

    Integer integerOrNull(int field) {
        return isNull(field) ? null : integer(field);
    }

    /** The enum constant whose name the field holds, matched on the bytes (names are ASCII). */
    <E extends Enum<E>> E code(int field, E[] values) {
        if (isNull(field)) {
            return null;
        }
        int length = ends[field] - starts[field];
        for (E value : values) {
            String name = value.name();
            if (name.length() == length && matches(name, starts[field])) {
                return value;
            }
        }
        throw new IllegalStateException("unknown code " + text(field));
    }

    private boolean matches(String name, int from) {
        for (int i = 0; i < name.length(); i++) {
            if (data[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    String text(int field) {
        return isNull(field)
                ? null
                : new String(data, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }
}
