package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide shows only screens that the browser tests take (so it never shows an old one), each
 * shipped with the application; and every role's guide has its page.
 */
class GuideTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates/help");
    static final Path SCREENS = Path.of("src/main/resources/static/guide");
    static final Path TAKER = Path.of("src/test/java/vn/thidua/browser/GuideScreensBrowserTest.java");

    static List<String> screensNamed(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("screen\\('([a-z0-9-]+)'").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyScreenOfTheGuideIsTakenByTheBrowserTestAndShipped() throws IOException {
        String taker = Files.readString(TAKER);
        List<String> names = new ArrayList<>();
        try (Stream<Path> guides = Files.list(TEMPLATES)) {
            for (Path guide : guides.toList()) {
                names.addAll(screensNamed(Files.readString(guide)));
            }
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(10);
        for (String name : names) {
            assertThat(taker).as("the browser test takes " + name).contains("\"" + name + "\"");
            assertThat(SCREENS.resolve(name + ".png")).as("shipped").isRegularFile();
        }
    }

    @Test
    void theCheckSeesAScreenNoTestTakes() {
        assertThat(screensNamed("<div th:replace=\"~{help/fragments :: screen('cu-roi', 'Màn hình cũ')}\"></div>"))
                .containsExactly("cu-roi");
    }

    @Test
    void eachRoleHasItsGuide() {
        for (HelpPages.Guide guide : HelpPages.Guide.values()) {
            assertThat(TEMPLATES.resolve(guide.slug() + ".html")).isRegularFile();
        }
    }
}
