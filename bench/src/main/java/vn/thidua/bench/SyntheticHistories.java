package vn.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.DisciplineLevel;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.InitiativeLevel;
import vn.thidua.rules.domain.Rating;
import vn.thidua.rules.domain.SubjectKind;

/**
 * Plausible national data: ten years per person of ratings, titles that follow them (LĐTT, some
 * CSTĐCS, a few CSTĐ tỉnh and Bằng khen), initiatives and rare disciplines. Seeded, so repeatable.
 */
public final class SyntheticHistories {

    public static final int YEARS = 10;

    private SyntheticHistories() {}

    public static History person(SplittableRandom random, int lastYear) {
        List<History.AwardRecord> records = new ArrayList<>(12);
        List<History.RatingRecord> ratings = new ArrayList<>(YEARS);
        List<History.Initiative> initiatives = new ArrayList<>(4);
        List<History.Discipline> disciplines = new ArrayList<>(1);
        int cstdcsRun = 0;
        for (int y = lastYear - YEARS + 1; y <= lastYear; y++) {
            int roll = random.nextInt(100);
            Rating rating =
                    roll < 30 ? Rating.HTXSNV : roll < 85 ? Rating.HTTNV : roll < 97 ? Rating.HTNV : Rating.KHTNV;
            ratings.add(new History.RatingRecord(y, rating));
            if (rating.atLeast(Rating.HTTNV)) {
                records.add(new History.AwardRecord(y, Award.LDTT));
            }
            boolean initiative = random.nextInt(100) < 20;
            if (initiative) {
                initiatives.add(new History.Initiative(
                        y, random.nextInt(10) == 0 ? InitiativeLevel.TINH : InitiativeLevel.CO_SO, null));
            }
            if (rating == Rating.HTXSNV && (initiative || random.nextBoolean())) {
                records.add(new History.AwardRecord(y, Award.CSTD_CS));
                cstdcsRun++;
                if (cstdcsRun == 3 && random.nextInt(3) == 0) {
                    records.add(new History.AwardRecord(y + 1 <= lastYear ? y + 1 : y, Award.CSTD_TINH));
                    cstdcsRun = 0;
                }
            } else {
                cstdcsRun = 0;
            }
            if (random.nextInt(100) < 4) {
                records.add(new History.AwardRecord(y, Award.BK_TINH));
            }
            if (random.nextInt(200) == 0) {
                disciplines.add(new History.Discipline(y, DisciplineLevel.KHIEN_TRACH));
            }
        }
        return new History(SubjectKind.INDIVIDUAL, records, ratings, initiatives, disciplines, 12, null);
    }
}
