package vn.thidua.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters (length beats composition rules, NIST SP
 * 800-63B §3.1.1.2), not the username nor contain it, not one of the passwords guessers try first
 * (security/common-passwords.txt, compared without case, spaces or separators). Answers message codes.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    public List<String> problems(String username, String password) {
        List<String> codes = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            codes.add("password.required");
            return codes;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            codes.add("password.tooShort");
        } else if (length > MAX_LENGTH) {
            codes.add("password.tooLong");
        }
        String plain = simplify(password);
        String name = username == null ? "" : simplify(username);
        if (!name.isEmpty() && (plain.contains(name) || name.contains(plain))) {
            codes.add("password.containsUsername");
        } else if (common.contains(plain) || plain.chars().distinct().count() <= 2) {
            codes.add("password.common");
        }
        return codes;
    }

    private static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s._@-]", "");
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(PasswordPolicy::simplify)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Set.copyOf(words);
    }
}
