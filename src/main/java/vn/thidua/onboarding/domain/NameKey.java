package vn.thidua.onboarding.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the workbook's names are matched to the registry's: without case, diacritics or repeated
 * spaces, as the database's {@code search_key} compares names in its unique indexes ("Sở Tư pháp"
 * is "so tu phap").
 */
public final class NameKey {

    private NameKey() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
