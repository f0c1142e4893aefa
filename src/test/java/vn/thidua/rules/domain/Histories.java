package vn.thidua.rules.domain;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.rules.domain.History.AwardRecord;

/** Fixtures: a person or a collective with a history written as sentences. */
final class Histories {

    private final SubjectKind kind;
    private final List<AwardRecord> records = new ArrayList<>();
    private final List<History.RatingRecord> ratings = new ArrayList<>();
    private final List<History.Initiative> initiatives = new ArrayList<>();
    private final List<History.Discipline> disciplines = new ArrayList<>();
    private Integer months = 12;
    private History.Members members;

    private Histories(SubjectKind kind) {
        this.kind = kind;
    }

    static Histories person() {
        return new Histories(SubjectKind.INDIVIDUAL);
    }

    static Histories collective() {
        return new Histories(SubjectKind.COLLECTIVE).months(null);
    }

    Histories got(Award award, int... years) {
        for (int y : years) {
            records.add(new AwardRecord(y, award));
        }
        return this;
    }

    Histories got(Award award, int year, int periodFrom, int periodTo, CommendationType type) {
        records.add(new AwardRecord(year, award, periodFrom, periodTo, type));
        return this;
    }

    Histories rated(Rating rating, int... years) {
        for (int y : years) {
            ratings.add(new History.RatingRecord(y, rating));
        }
        return this;
    }

    Histories initiative(InitiativeLevel level, int... years) {
        for (int y : years) {
            initiatives.add(new History.Initiative(y, level, null));
        }
        return this;
    }

    Histories initiativeUsedFor(Award award, InitiativeLevel level, int year) {
        initiatives.add(new History.Initiative(year, level, award));
        return this;
    }

    Histories disciplined(DisciplineLevel level, int year) {
        disciplines.add(new History.Discipline(year, level));
        return this;
    }

    Histories months(Integer months) {
        this.months = months;
        return this;
    }

    Histories members(int total, int ldtt, int completed, int cstdcs) {
        this.members = new History.Members(total, ldtt, completed, cstdcs);
        return this;
    }

    History build() {
        return new History(kind, records, ratings, initiatives, disciplines, months, members);
    }
}
