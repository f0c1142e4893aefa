package vn.thidua.rules.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The rows of a PostgreSQL COPY TO STDOUT in text format, read in place: numbers are parsed from
 * the bytes, text is made into a String only when asked for. Used for columns that are numbers
 * and codes, which COPY never escapes.
 */
final class CopyRows {

    private final byte[] data;
    private final int[] starts = new int[16];
    private final int[] ends = new int[16];

    private CopyRows(byte[] data) {
        this.data = data;
    }

    static void each(byte[] data, int length, Consumer<CopyRows> row) {
        CopyRows rows = new CopyRows(data);
        int position = 0;
        while (position < length) {
            int field = 0;
            rows.starts[0] = position;
            while (data[position] != '\n') {
                if (data[position] == '\t') {
                    rows.ends[field] = position;
                    rows.starts[++field] = position + 1;
                }
                position++;
            }
            rows.ends[field] = position;
            position++;
            row.accept(rows);
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
