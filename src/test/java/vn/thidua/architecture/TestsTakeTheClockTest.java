package vn.thidua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tests and benchmarks read the date and time from a Clock (the application's, which a test may move
 * forward through support/TestClock), never from the machine with {@code LocalDate.now()} and the
 * like: a test that asks the machine disagrees with the application as soon as the test clock moves,
 * and one written near midnight fails once the date turns. {@code now(clock)} is the way.
 */
class TestsTakeTheClockTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/test/java"), Path.of("bench/src/main/java"));

    /** The test clock itself reads the machine's time, to which it adds its offset. */
    private static final String THE_CLOCK = "src/test/java/vn/thidua/support/TestClock.java";

    /** This rule's own examples of what it catches. */
    private static final String THE_RULE = "src/test/java/vn/thidua/architecture/TestsTakeTheClockTest.java";

    private static final Pattern NOW_WITHOUT_CLOCK = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|Year|YearMonth|MonthDay|ZonedDateTime|OffsetDateTime"
                    + "|OffsetTime)\\s*\\.\\s*now\\s*\\(\\s*\\)");

    /** The lines of the source that ask a java.time type for now() without a Clock, with their numbers. */
    static List<String> nowWithoutClock(String source) {
        List<String> lines = source.lines().toList();
        return IntStream.range(0, lines.size())
                .filter(i -> NOW_WITHOUT_CLOCK.matcher(lines.get(i)).find())
                .mapToObj(i -> (i + 1) + ": " + lines.get(i).strip())
                .toList();
    }

    @Test
    void noTestOrBenchmarkAsksTheMachineForTheTime() {
        List<String> found = FOLDERS.stream()
                .filter(Files::isDirectory)
                .flatMap(folder -> Sources.under(folder).stream()
                        .map(s -> new Sources.Source(
                                folder.resolve(s.path()).toString().replace('\\', '/'), s.text())))
                .filter(s -> !s.path().equals(THE_CLOCK) && !s.path().equals(THE_RULE))
                .flatMap(s -> nowWithoutClock(s.text()).stream().map(line -> s.path() + ":" + line))
                .toList();
        assertThat(found)
                .as("now() without a Clock: use the application's Clock bean (support/TestClock) with now(clock)")
                .isEmpty();
    }

    @Test
    void theExemptionsNameFilesThatExist() {
        assertThat(Path.of(THE_CLOCK)).isRegularFile();
        assertThat(Path.of(THE_RULE)).isRegularFile();
    }

    @Test
    void theTestClockIsExemptBecauseTheRuleWouldOtherwiseCatchIt() {
        assertThat(nowWithoutClock(Sources.read(Path.of(THE_CLOCK))))
                .as("the test clock's own reading of the machine's time")
                .singleElement()
                .asString()
                .contains("Instant.now().plus(offset)");
    }

    @Test
    void theRuleFailsOnACallWithoutAClockOnly() {
        String source = """
                package p;

                class SomeIntegrationTest {
                    java.time.Clock clock;

                    void dates() {
                        var today = LocalDate.now();
                        var year = java.time.Year.now().getValue();
                        var at = Instant.now ( );
                        var fine = LocalDate.now(clock);
                        var alsoFine = Instant.now(java.time.Clock.systemUTC());
                        var notJavaTime = Metrics.now();
                    }
                }
                """;
        assertThat(nowWithoutClock(source))
                .containsExactly(
                        "7: var today = LocalDate.now();",
                        "8: var year = java.time.Year.now().getValue();",
                        "9: var at = Instant.now ( );");
    }
}
