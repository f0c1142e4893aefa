package vn.thidua.rules.domain;

import java.util.List;

/**
 * What is known of a subject: its titles and awards, yearly ratings, initiatives, disciplines, and
 * for the considered year the months worked (individual) or the member counts (collective).
 */
public record History(SubjectKind kind, List<AwardRecord> records, List<RatingRecord> ratings,
        List<Initiative> initiatives, List<Discipline> disciplines, Integer monthsWorked, Members members) {

    public History {
        records = records == null ? List.of() : List.copyOf(records);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
    }

    /** A title or award received, with the achievement period its decision names. */
    public record AwardRecord(int year, Award award, int periodFrom, int periodTo, CommendationType type) {

        public AwardRecord(int year, Award award) {
            this(year, award, year, year, CommendationType.THUONG_XUYEN);
        }

        public boolean regular() {
            return type == CommendationType.THUONG_XUYEN;
        }
    }

    public record RatingRecord(int year, Rating rating) {
    }

    /** usedFor: the award this initiative already earned, if any (an initiative counts once). */
    public record Initiative(int year, InitiativeLevel level, Award usedFor) {
    }

    public record Discipline(int year, DisciplineLevel level) {
    }

    /** A collective's members in the considered year. */
    public record Members(Integer total, Integer ldtt, Integer completedTasks, Integer cstdcs) {
    }

    public Rating ratingIn(int year) {
        for (RatingRecord r : ratings) {
            if (r.year() == year) {
                return r.rating();
            }
        }
        return null;
    }

    public AwardRecord regularAward(Award award, int year) {
        for (AwardRecord r : records) {
            if (r.award() == award && r.year() == year && r.regular()) {
                return r;
            }
        }
        return null;
    }

    /** The latest regular grant of the award up to the given year, or null. */
    public AwardRecord lastRegular(Award award, int upToYear) {
        AwardRecord last = null;
        for (AwardRecord r : records) {
            if (r.award() == award && r.regular() && r.year() <= upToYear && (last == null || r.periodTo() > last.periodTo())) {
                last = r;
            }
        }
        return last;
    }

    /** The latest regular grant of the award whose achievement period ended before the given year, or null. */
    public AwardRecord lastRegularEndingBefore(Award award, int year) {
        AwardRecord last = null;
        for (AwardRecord r : records) {
            if (r.award() == award && r.regular() && r.periodTo() < year && (last == null || r.periodTo() > last.periodTo())) {
                last = r;
            }
        }
        return last;
    }

    public boolean hasIrregular(Award award, int upToYear) {
        for (AwardRecord r : records) {
            if (r.award() == award && !r.regular() && r.year() <= upToYear) {
                return true;
            }
        }
        return false;
    }

    public DisciplineLevel worstDisciplineIn(int year) {
        DisciplineLevel worst = null;
        for (Discipline d : disciplines) {
            if (d.year() == year && (worst == null || d.level().atLeast(worst))) {
                worst = d.level();
            }
        }
        return worst;
    }

    /** Initiatives of the years [from, to] at the level or above, not already used for an award. */
    public int freeInitiatives(int from, int to, InitiativeLevel atLeast, Award claimingFor) {
        int count = 0;
        for (Initiative i : initiatives) {
            if (i.year() >= from && i.year() <= to && i.level().atLeast(atLeast) && i.usedFor() == null) {
                count++;
            }
        }
        return count;
    }
}
