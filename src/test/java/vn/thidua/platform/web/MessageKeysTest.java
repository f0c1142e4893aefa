package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thidua.org.UnitKind;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.rules.domain.ParameterKey;

/**
 * Every message code the Java code or the templates name exists in messages.properties, so that
 * no user ever meets a raw code or a 500 for a missing text.
 */
class MessageKeysTest {

    private static final Pattern IN_JAVA = Pattern.compile(
            "(?:messages\\.get|reject|refusal|conflict|notFound|forbidden)\\((?:\"[A-Za-z]+\", )?\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern IN_ANNOTATIONS = Pattern.compile("message = \"\\{([^}]+)\\}\"");
    private static final Pattern RULE_CODES = Pattern.compile("RuleViolation\\.of\\(\"[A-Za-z]+\", \"([a-zA-Z.]+)\"");

    @Test
    void everyCodeUsedHasAVietnameseText() throws IOException {
        Properties messages = new Properties();
        try (var in =
                new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : List.of(IN_JAVA, IN_ANNOTATIONS, RULE_CODES)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (UnitKind k : UnitKind.values()) {
            used.add("unitKind." + k);
        }
        for (BlocKind k : BlocKind.values()) {
            used.add("blocKind." + k);
            used.add("blocRole.LEADER." + k);
            used.add("blocRole.DEPUTY." + k);
            used.add("blocRole.MEMBER." + k);
        }
        for (ParameterKey k : ParameterKey.values()) {
            used.add("parameterKey." + k);
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 413, 415, 500}) {
            used.add("problem.title." + status);
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(code -> assertThat(messages).as(code).containsKey(code));
    }
}
