package vn.thidua.rules.domain;

import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a subject: its titles and awards, yearly ratings, initiatives, disciplines, and
 * for the considered year the months worked (individual) or the member counts (collective).
 */
public record History(
        SubjectKind kind,
        List<AwardRecord> records,
        List<RatingRecord> ratings,
        List<Initiative> initiatives,
        List<Discipline> disciplines,
        Integer monthsWorked,
        Members members) {

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

    public record RatingRecord(int year, Rating rating) {}

    /** usedFor: the award this initiative already earned, if any (an initiative counts once). */
    public record Initiative(int year, InitiativeLevel level, Award usedFor) {}

    public record Discipline(int year, DisciplineLevel level) {}

    /** A collective's members in the considered year. */
    public record Members(Integer total, Integer ldtt, Integer completedTasks, Integer cstdcs) {}

    public @Nullable Rating ratingIn(int year) {
        for (RatingRecord r : ratings) {
            if (r.year() == year) {
                return r.rating();
            }
        }
        return null;
    }

    public @Nullable AwardRecord regularAward(Award award, int year) {
        for (AwardRecord r : records) {
            if (r.award() == award && r.year() == year && r.regular()) {
                return r;
            }
        }
        return null;
    }

    /** The latest regular grant of the award up to the given year, or null. */
    public @Nullable AwardRecord lastRegular(Award award, int upToYear) {
        AwardRecord last = null;
        for (AwardRecord r : records) {
            if (r.award() == award
                    && r.regular()
                    && r.year() <= upToYear
                    && (last == null || r.periodTo() > last.periodTo())) {
                last = r;
            }
        }
        return last;
    }

    /** The latest regular grant of the award whose achievement period ended before the given year, or null. */
    public @Nullable AwardRecord lastRegularEndingBefore(Award award, int year) {
        AwardRecord last = null;
        for (AwardRecord r : records) {
            if (r.award() == award
                    && r.regular()
                    && r.periodTo() < year
                    && (last == null || r.periodTo() > last.periodTo())) {
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

    public @Nullable DisciplineLevel worstDisciplineIn(int year) {
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

    /**
     * The same, an initiative counting once: besides those marked as used, a Chiến sĩ thi đua cơ sở of a
     * year for which {@code wonWithInitiative} holds took one initiative of that year (the lowest level
     * first), when none is marked as used for it.
     */
    public int initiativesLeft(int from, int to, InitiativeLevel atLeast, IntPredicate wonWithInitiative) {
        int count = 0;
        for (int year = from; year <= to; year++) {
            int counted = 0;
            int below = 0;
            for (Initiative i : initiatives) {
                if (i.year() == year && i.usedFor() == null) {
                    if (i.level().atLeast(atLeast)) {
                        counted++;
                    } else {
                        below++;
                    }
                }
            }
            // only a title of the same year takes one of that year's initiatives, and a lower one first
            if (counted > 0 && below == 0 && tookAnInitiative(year, wonWithInitiative)) {
                counted--;
            }
            count += counted;
        }
        return count;
    }

    private boolean tookAnInitiative(int year, IntPredicate wonWithInitiative) {
        for (AwardRecord r : records) {
            if (r.award() == Award.CSTD_CS && r.year() == year && r.regular()) {
                return !markedUsedFor(Award.CSTD_CS, year) && wonWithInitiative.test(year);
            }
        }
        return false;
    }

    private boolean markedUsedFor(Award award, int year) {
        for (Initiative i : initiatives) {
            if (i.usedFor() == award && i.year() == year) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the year's work was rated at least so: the rating given, or else what a title of that year
     * proves (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến ask for good task
     * completion or better; Tập thể lao động xuất sắc and the flags, excellent completion); null when unknown.
     */
    public @Nullable Boolean ratedAtLeast(int year, Rating atLeast) {
        Rating rating = ratingIn(year);
        if (rating != null) {
            return rating.atLeast(atLeast);
        }
        for (AwardRecord r : records) {
            if (r.year() == year && r.regular()) {
                Rating proven = switch (r.award()) {
                    case LDTT, CSTD_CS, TTLDTT -> Rating.HTTNV;
                    case TTLDXS, CO_TINH, CO_CP -> Rating.HTXSNV;
                    default -> null;
                };
                if (proven != null && proven.atLeast(atLeast)) {
                    return true;
                }
            }
        }
        return null;
    }

    /**
     * The unbroken run of years up to {@code year}, not before {@code notBefore}, each rated at least so.
     * {@code stoppedByUnknown}: the run ends (going back) at a year whose rating is not known.
     */
    public Run runEndingIn(int year, int notBefore, Rating atLeast) {
        for (int y = year; y >= notBefore; y--) {
            Boolean rated = ratedAtLeast(y, atLeast);
            if (!Boolean.TRUE.equals(rated)) {
                return new Run(y + 1, year, rated == null);
            }
        }
        return new Run(notBefore, year, false);
    }

    /** Years [from, to] (empty when from > to). */
    public record Run(int from, int to, boolean stoppedByUnknown) {

        public int length() {
            return Math.max(0, to - from + 1);
        }

        /** True when at least so long; null when shorter only for want of a rating; false otherwise. */
        public @Nullable Boolean atLeast(int years) {
            return length() >= years ? Boolean.TRUE : stoppedByUnknown ? null : Boolean.FALSE;
        }
    }

    public int count(Award award, int from, int to) {
        int count = 0;
        for (AwardRecord r : records) {
            if (r.award() == award && r.regular() && r.year() >= from && r.year() <= to) {
                count++;
            }
        }
        return count;
    }
}
