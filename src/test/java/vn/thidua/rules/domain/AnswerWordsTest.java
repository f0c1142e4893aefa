package vn.thidua.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Officers read the reasons. Over a few thousand generated questions (every award, both regimes, odd
 * and missing facts), no reason shows "null", a placeholder, a code of the contract or of a parameter,
 * a range whose ends are equal, or cites a rule without its article, unless it says in words that the
 * article is not yet known.
 */
class AnswerWordsTest {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern SAME_ENDS = Pattern.compile("(\\d{4})\\s*[–-]\\s*\\1(?!\\d)");
    private static final Pattern ARTICLE_RANGE = Pattern.compile("Điều \\d+\\s*[-–]\\s*\\d+");
    private static final Set<String> CODES = new HashSet<>();

    static {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                Award.class,
                Rating.class,
                DisciplineLevel.class,
                InitiativeLevel.class,
                ParameterKey.class,
                CommendationType.class,
                SubjectKind.class,
                Verdict.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                CODES.add(constant.name());
            }
        }
    }

    private final EligibilityEngine engine = new EligibilityEngine();

    @Test
    void thousandsOfAnswersReadAsAnOfficerWouldWriteThem() {
        Random random = new Random(20261203);
        List<String> problems = new ArrayList<>();
        int reasons = 0;
        for (int i = 0; i < 4000 && problems.size() < 20; i++) {
            Question q = question(random);
            Answer answer = engine.check(q, EligibilityEngineTest.TABLE.at(q.consideredOn(), null));
            for (Reason r : answer.reasons()) {
                reasons++;
                String where = q.award() + " " + q.year() + " xét " + q.consideredOn() + ": ";
                check(where + "điều kiện", r.condition(), problems);
                check(where + "căn cứ", r.basis(), problems);
                // an article, or words saying which text is missing
                boolean cites = r.basis().contains("Điều ")
                        || r.basis().contains("(chưa xác định được điều, khoản quy định)")
                        || r.basis().startsWith("Hệ thống chưa có văn bản quy định “");
                if (!cites) {
                    problems.add(where + "căn cứ không có điều: " + r.basis());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(reasons).as("enough reasons to mean something").isGreaterThan(15_000);
    }

    /**
     * A screening numbers the conditions by their phrase, without writing them out: over the same thousands
     * of answers, two reasons with equal phrases read the same, and two that read the same have equal phrases
     * (or the numbering would give one condition two numbers, or two conditions one).
     */
    @Test
    void equalPhrasesAreEqualWordsAndTheOtherWayRound() {
        Random random = new Random(20261205);
        Map<Phrase, String> words = new HashMap<>();
        Map<String, Phrase> phrases = new HashMap<>();
        int reasons = 0;
        for (int i = 0; i < 4000; i++) {
            Question q = question(random);
            for (Reason r : engine.check(q, EligibilityEngineTest.TABLE.at(q.consideredOn(), null))
                    .reasons()) {
                reasons++;
                String text = r.condition();
                assertThat(words.computeIfAbsent(r.phrase(), p -> text))
                        .as(text)
                        .isEqualTo(text);
                assertThat(phrases.computeIfAbsent(text, t -> r.phrase()))
                        .as(text)
                        .isEqualTo(r.phrase());
                assertThat(r.phrase().hashCode()).isEqualTo(phrases.get(text).hashCode());
            }
        }
        assertThat(words.size())
                .as("distinct conditions, far fewer than the reasons")
                .isLessThan(reasons / 10);
    }

    private static void check(String where, String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add(where + " trống");
            return;
        }
        if (text.toLowerCase().matches(".*\\bnull\\b.*") || text.contains("?") || text.contains("{}")) {
            problems.add(where + " có chỗ trống: " + text);
        }
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (CODES.contains(code.group())) {
                problems.add(where + " có mã " + code.group() + ": " + text);
            }
        }
        if (SAME_ENDS.matcher(text).find()) {
            problems.add(where + " có khoảng năm trùng hai đầu: " + text);
        }
        if (ARTICLE_RANGE.matcher(text).find()) {
            problems.add(where + " dẫn một dải điều: " + text);
        }
    }

    private static Question question(Random random) {
        int year = 2016 + random.nextInt(12);
        Award award = pick(random, Award.values());
        SubjectKind kind = award.onlyFor() != null && random.nextInt(10) > 0
                ? award.onlyFor()
                : pick(random, SubjectKind.values());
        CommendationType type =
                random.nextInt(8) == 0 ? pick(random, CommendationType.values()) : CommendationType.THUONG_XUYEN;
        List<History.AwardRecord> records = new ArrayList<>();
        List<History.RatingRecord> ratings = new ArrayList<>();
        List<History.Initiative> initiatives = new ArrayList<>();
        List<History.Discipline> disciplines = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (int y = year - 9; y <= year; y++) {
            if (random.nextInt(6) > 0) {
                ratings.add(new History.RatingRecord(y, pick(random, Rating.values())));
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                Award got = pick(random, Award.values());
                if (got.isTitle() && !titles.add(got + "/" + y)) {
                    continue;
                }
                int from = random.nextInt(4) == 0 ? y - random.nextInt(3) : y;
                records.add(new History.AwardRecord(
                        y,
                        got,
                        from,
                        y,
                        random.nextInt(10) == 0 ? CommendationType.CHUYEN_DE : CommendationType.THUONG_XUYEN));
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                initiatives.add(new History.Initiative(
                        y,
                        pick(random, InitiativeLevel.values()),
                        random.nextInt(5) == 0 ? pick(random, Award.values()) : null));
            }
            if (random.nextInt(12) == 0) {
                disciplines.add(new History.Discipline(y, pick(random, DisciplineLevel.values())));
            }
        }
        Integer months = kind == SubjectKind.INDIVIDUAL && random.nextBoolean() ? random.nextInt(13) : null;
        History.Members members = null;
        if (kind == SubjectKind.COLLECTIVE && random.nextBoolean()) {
            int total = 1 + random.nextInt(60);
            members = new History.Members(
                    total,
                    random.nextInt(total + 1),
                    random.nextBoolean() ? total : random.nextInt(total + 1),
                    random.nextBoolean() ? null : random.nextInt(total + 1));
        }
        LocalDate consideredOn =
                random.nextBoolean() ? null : LocalDate.of(year, 1, 1).plusDays(random.nextInt(730));
        return new Question(
                year,
                award,
                type,
                new History(kind, records, ratings, initiatives, disciplines, months, members),
                consideredOn);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void theCodePatternFindsWhatItLooksFor() {
        List<String> problems = new ArrayList<>();
        Stream.of("có null lần", "(2018–2018)", "kỷ luật KHIEN_TRACH", "Điều 42-44", "NEXT_AWARD_WINDOW", "? tháng")
                .forEach(text -> check("mẫu", text, problems));
        assertThat(problems).hasSize(6);
    }
}
