package vn.thidua.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.thidua.platform.validation.Checks;
import vn.thidua.rules.CheckRequest.SubjectFacts;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.DisciplineLevel;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.InitiativeLevel;
import vn.thidua.rules.domain.Question;
import vn.thidua.rules.domain.Rating;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.rules.domain.YearBounds;

/**
 * Turns the contract's JSON into the engine's history, refusing what cannot be true: unknown
 * codes, years out of range, negative or impossible counts, and one emulation title twice in a
 * year (a form of commendation may be given more than once a year, so that is allowed).
 */
final class ContractMapper {

    private final Checks.Collector check;
    private final YearBounds years;

    ContractMapper(Checks.Collector check, YearBounds years) {
        this.check = check;
        this.years = years;
    }

    Award award(String code, String field) {
        return code(Award::valueOf, code, field, "eligibility.award.unknown", true);
    }

    CommendationType type(String code, String field) {
        return code == null
                ? CommendationType.THUONG_XUYEN
                : code(CommendationType::valueOf, code, field, "eligibility.commendationType.unknown", false);
    }

    Integer year(Integer year, String field) {
        if (year == null) {
            check.reject(field, "eligibility.year.required");
        } else if (!years.contains(year)) {
            check.reject(field, "eligibility.year.outOfRange", years.first(), years.last());
            return null;
        }
        return year;
    }

    /**
     * The day the proposal is considered: not before the achievement year begins (a year-end review may be
     * held in its December), not after the last year the engine answers for.
     */
    LocalDate consideredOn(String text, Integer year, String field) {
        if (text == null || text.isBlank()) {
            return year == null ? null : Question.usualConsideration(year);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            check.reject(field, "eligibility.consideredOn.format", text);
            return null;
        }
        if (year != null && day.getYear() < year) {
            check.reject(field, "eligibility.consideredOn.beforeYear", String.valueOf(year));
            return null;
        }
        if (day.getYear() > years.last() + 1) {
            check.reject(field, "eligibility.consideredOn.tooLate", String.valueOf(years.last() + 1));
            return null;
        }
        return day;
    }

    History history(SubjectFacts s, String field) {
        SubjectKind kind = code(SubjectKind::valueOf, s.kind(), field + ".kind", "eligibility.kind.unknown", true);
        List<History.AwardRecord> records = new ArrayList<>();
        Set<String> titleYears = new HashSet<>();
        forEach(s.records(), field + ".records", (r, f) -> {
            Integer year = historyYear(r.year(), f + ".year");
            Award award = award(r.award(), f + ".award");
            CommendationType type = type(r.commendationType(), f + ".commendationType");
            int from = r.periodFrom() == null ? (year == null ? 0 : year) : r.periodFrom();
            int to = r.periodTo() == null ? (year == null ? 0 : year) : r.periodTo();
            if (from > to) {
                check.reject(f + ".periodFrom", "eligibility.period.reversed", from, to);
            } else if (year != null && (from < years.firstHistoryYear() || to > year)) {
                // a decision names achievements up to its own year, never later ones
                check.reject(f + ".periodTo", "eligibility.period.outsideRecord", from, to, year);
            }
            if (year != null && award != null && type != null) {
                if (award.isTitle() && !titleYears.add(award + "/" + year)) {
                    check.reject(f, "eligibility.record.duplicateTitle", award.label(), year);
                }
                records.add(new History.AwardRecord(year, award, from, to, type));
            }
        });
        List<History.RatingRecord> ratings = new ArrayList<>();
        Set<Integer> ratedYears = new HashSet<>();
        forEach(s.ratings(), field + ".ratings", (r, f) -> {
            Integer year = historyYear(r.year(), f + ".year");
            Rating rating = code(Rating::valueOf, r.rating(), f + ".rating", "eligibility.rating.unknown", true);
            if (year != null && !ratedYears.add(year)) {
                check.reject(f, "eligibility.rating.duplicate", year);
            }
            if (year != null && rating != null) {
                ratings.add(new History.RatingRecord(year, rating));
            }
        });
        List<History.Initiative> initiatives = new ArrayList<>();
        forEach(s.initiatives(), field + ".initiatives", (i, f) -> {
            Integer year = historyYear(i.year(), f + ".year");
            InitiativeLevel level = code(
                    InitiativeLevel::valueOf, i.level(), f + ".level", "eligibility.initiativeLevel.unknown", true);
            Award usedFor = i.usedFor() == null ? null : award(i.usedFor(), f + ".usedFor");
            if (year != null && level != null) {
                initiatives.add(new History.Initiative(year, level, usedFor));
            }
        });
        List<History.Discipline> disciplines = new ArrayList<>();
        forEach(s.disciplines(), field + ".disciplines", (d, f) -> {
            Integer year = historyYear(d.year(), f + ".year");
            DisciplineLevel level = code(
                    DisciplineLevel::valueOf, d.level(), f + ".level", "eligibility.disciplineLevel.unknown", true);
            if (year != null && level != null) {
                disciplines.add(new History.Discipline(year, level));
            }
        });
        if (s.monthsWorked() != null && (s.monthsWorked() < 0 || s.monthsWorked() > 12)) {
            check.reject(field + ".monthsWorked", "eligibility.monthsWorked.range");
        }
        if (kind == SubjectKind.COLLECTIVE && s.monthsWorked() != null) {
            check.reject(field + ".monthsWorked", "eligibility.monthsWorked.individualOnly");
        }
        if (kind == SubjectKind.INDIVIDUAL && s.members() != null) {
            check.reject(field + ".members", "eligibility.members.collectiveOnly");
        }
        History.Members members = members(s.members(), field + ".members");
        return new History(kind, records, ratings, initiatives, disciplines, s.monthsWorked(), members);
    }

    private History.Members members(CheckRequest.MemberCounts m, String field) {
        if (m == null) {
            return null;
        }
        count(m.total(), null, field + ".total");
        count(m.ldtt(), m.total(), field + ".ldtt");
        count(m.completedTasks(), m.total(), field + ".completedTasks");
        count(m.cstdcs(), m.total(), field + ".cstdcs");
        return new History.Members(m.total(), m.ldtt(), m.completedTasks(), m.cstdcs());
    }

    private void count(Integer value, Integer total, String field) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            check.reject(field, "eligibility.count.negative");
        } else if (total != null && total >= 0 && value > total) {
            check.reject(field, "eligibility.count.moreThanTotal");
        }
    }

    private Integer historyYear(Integer year, String field) {
        if (year == null) {
            check.reject(field, "eligibility.year.required");
            return null;
        }
        if (year < years.firstHistoryYear() || year > years.last()) {
            check.reject(field, "eligibility.historyYear.outOfRange", years.firstHistoryYear(), years.last());
            return null;
        }
        return year;
    }

    private <E extends Enum<E>> E code(
            Function<String, E> parse, String code, String field, String message, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                check.reject(field, message, "");
            }
            return null;
        }
        try {
            return parse.apply(code.trim());
        } catch (IllegalArgumentException e) {
            check.reject(field, message, code);
            return null;
        }
    }

    private static <T> void forEach(List<T> items, String field, BiConsumer<T, String> each) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                each.accept(items.get(i), field + "[" + i + "]");
            }
        }
    }
}
