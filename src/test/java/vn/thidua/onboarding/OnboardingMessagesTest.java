package vn.thidua.onboarding;

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

/**
 * The import's problems are message codes handed around before they are put into words (a cell's
 * problem, a row's refusal): each code the feature names, and each outcome the report shows, has
 * its Vietnamese text.
 */
class OnboardingMessagesTest {

    private static final Pattern CODE = Pattern.compile(
            "\"((?:onboarding|unit|bloc|blocYear|account|councilMember|authority)\\.[A-Za-z]+(?:\\.[A-Za-z0-9]+)*)\"");

    @Test
    void everyCodeOfTheImportHasAVietnameseText() throws IOException {
        Properties messages = new Properties();
        try (var in =
                new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/thidua/onboarding"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (OnboardingReport.Outcome outcome : OnboardingReport.Outcome.values()) {
            used.add("onboarding.outcome." + outcome);
        }
        for (int i = 1; i <= 9; i++) {
            used.add("onboarding.help." + i);
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(used).allSatisfy(code -> assertThat(messages).as(code).containsKey(code));
    }
}
