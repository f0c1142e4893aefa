package vn.thidua.rules.domain;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A condition's words as a fixed template and the values set into it, each "{}" of the template taking
 * the next value (a value may itself be a phrase). Two phrases are equal when their templates and values
 * are, which is decided without writing either out: a screening of a million people numbers some fifteen
 * million conditions and writes out only the few hundred distinct ones.
 */
public final class Phrase {

    private static final String SLOT = "{}";

    private final String template;
    /** null for words as they are. */
    private final Object @Nullable [] values;

    private int hash;

    private Phrase(String template, Object @Nullable [] values) {
        this.template = template;
        this.values = values;
    }

    /**
     * The template with as many values as it has places; a null value is written as nothing. A value is a
     * String, an Integer, a Long or a phrase: kinds whose equality is their words, so that two
     * phrases are equal only when they read the same.
     */
    public static Phrase of(String template, Object... values) {
        Object[] kept = values.clone();
        for (Object value : kept) {
            if (value != null
                    && !(value instanceof String
                            || value instanceof Integer
                            || value instanceof Long
                            || value instanceof Phrase)) {
                throw new IllegalArgumentException("a phrase's value may not be a " + value.getClass());
            }
        }
        return new Phrase(template, kept);
    }

    /** Words as they are, with no place for a value ("{}" in them is written as it is). */
    public static Phrase words(String words) {
        return new Phrase(words, null);
    }

    /** The words, with every value written in. */
    public String text() {
        if (values == null) {
            return template;
        }
        StringBuilder words = new StringBuilder(template.length() + 16 * values.length);
        write(words);
        return words.toString();
    }

    private void write(StringBuilder words) {
        if (values == null) {
            words.append(template);
            return;
        }
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
