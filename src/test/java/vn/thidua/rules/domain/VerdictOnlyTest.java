package vn.thidua.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast verdict that screenings use agrees with the full answer, on many random histories. */
class VerdictOnlyTest {

    private final EligibilityEngine engine = new EligibilityEngine();

    @Test
    void theVerdictAloneIsTheVerdictOfTheFullAnswer() {
        SplittableRandom random = new SplittableRandom(2026);
        int compared = 0;
        for (int i = 0; i < 1000; i++) {
            History h = randomHistory(random);
            int year = 2021 + random.nextInt(6);
            Parameters p = EligibilityEngineTest.TABLE.forYear(year, null);
            for (Award award : Award.values()) {
                for (CommendationType type : CommendationType.values()) {
                    Question q = new Question(year, award, type, h);
                    assertThat(engine.verdict(q, p))
                            .as(q.toString())
                            .isEqualTo(engine.check(q, p).verdict());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(1000 * Award.values().length * CommendationType.values().length);
    }

    private static History randomHistory(SplittableRandom r) {
        SubjectKind kind = r.nextBoolean() ? SubjectKind.INDIVIDUAL : SubjectKind.COLLECTIVE;
        List<History.AwardRecord> records = new ArrayList<>();
        List<History.RatingRecord> ratings = new ArrayList<>();
        List<History.Initiative> initiatives = new ArrayList<>();
        List<History.Discipline> disciplines = new ArrayList<>();
        for (int y = 2014; y <= 2026; y++) {
            if (r.nextInt(5) > 0) {
                ratings.add(new History.RatingRecord(y, Rating.values()[r.nextInt(Rating.values().length)]));
            }
            if (r.nextInt(3) == 0) {
                Award a = Award.values()[r.nextInt(Award.values().length)];
                int from = y - r.nextInt(3);
                records.add(new History.AwardRecord(
                        y, a, from, y, r.nextInt(6) == 0 ? CommendationType.CHUYEN_DE : CommendationType.THUONG_XUYEN));
            }
            if (r.nextInt(4) == 0) {
                initiatives.add(new History.Initiative(y, InitiativeLevel.values()[r.nextInt(3)], null));
            }
            if (r.nextInt(15) == 0) {
                disciplines.add(new History.Discipline(y, DisciplineLevel.values()[r.nextInt(6)]));
            }
        }
        Integer months = r.nextInt(4) == 0 ? null : r.nextInt(13);
        History.Members members = kind == SubjectKind.COLLECTIVE && r.nextBoolean()
                ? new History.Members(20, r.nextInt(21), r.nextInt(21), r.nextInt(5))
                : null;
        return new History(kind, records, ratings, initiatives, disciplines, months, members);
    }
}
