package vn.thidua.rules.domain;

import java.util.Arrays;

/**
 * A condition's words as a fixed template and the values set into it, each "{}" of the template taking
 * the next value (a value may itself be a phrase). Two phrases are equal when their templates and values
 * are, which is decided without writing either out: a screening of a million people numbers some fifteen
 * million conditions and writes out only the few hundred distinct ones.
 */
public final class Phrase {

    private static final String SLOT = "{}";

    private final String template;
    private final Object[] values;
    private int hash;

    private Phrase(String template, Object[] values) {
        this.template = template;
        this.values = values;
    }

    /** The template with as many values as it has places; a null value is written as nothing. */
    public static Phrase of(String template, Object... values) {
        return new Phrase(template, values);
    }

    /** The words, with every value written in. */
    public String text() {
        StringBuilder words = new StringBuilder(template.length() + 16 * values.length);
        write(words);
        return words.toString();
    }

    private void write(StringBuilder words) {
        int from = 0;
        for (Object value : values) {
            int slot = template.indexOf(SLOT, from);
            if (slot < 0) {
                throw new IllegalStateException("more values than places in \"" + template + "\"");
            }
            words.append(template, from, slot);
            if (value instanceof Phrase inner) {
                inner.write(words);
            } else if (value != null) {
                words.append(value);
            }
            from = slot + SLOT.length();
        }
        if (template.indexOf(SLOT, from) >= 0) {
            throw new IllegalStateException("fewer values than places in \"" + template + "\"");
        }
        words.append(template, from, template.length());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phrase p
                && (p.template == template || p.template.equals(template))
                && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * template.hashCode() + Arrays.hashCode(values);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return text();
    }
}
