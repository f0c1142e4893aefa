package vn.thidua.rules.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyOut;

/**
 * The rows of a PostgreSQL COPY TO STDOUT in text format, read in place: numbers are parsed from
 * the bytes, text is made into a String only when asked for. Numbers and codes are never escaped by
 * COPY; a name is read with {@link #escapedText}.
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
        } catch (RuntimeException e) {
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

    /**
     * A text column as COPY writes it: a backslash before a backslash, the delimiter or a letter standing
     * for a control character (b f n r t v), which is undone here; null for \\N.
     */
    @Nullable
    String escapedText(int field) {
        if (isNull(field)) {
            return null;
        }
        int from = starts[field];
        int to = ends[field];
        int backslash = from;
        while (backslash < to && data[backslash] != '\\') {
            backslash++;
        }
        if (backslash == to) {
            return new String(data, from, to - from, StandardCharsets.UTF_8);
        }
        byte[] plain = new byte[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '\\' && i + 1 < to) {
                b = switch (data[++i]) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'v' -> 0x0b;
                    default -> data[i];
                };
            }
            plain[length++] = b;
        }
        return new String(plain, 0, length, StandardCharsets.UTF_8);
    }

    String text(int field) {
        return isNull(field)
                ? null
                : new String(data, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }
}
