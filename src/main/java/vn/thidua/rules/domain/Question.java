package vn.thidua.rules.domain;

import java.time.LocalDate;

/**
 * May this subject be proposed for this award, for the achievements of this year (or period ending
 * then), in a proposal considered on {@code consideredOn}? The regime is the one in force on that day
 * (Luật 06/2022/QH15 Điều 94 and 95: the 2003 Law lapsed on 01/01/2024 and only awards already granted
 * keep its rules), so the year-end review of 2023 held in early 2024 is answered under the 2022 Law.
 */
public record Question(int year, Award award, CommendationType type, History subject, LocalDate consideredOn) {

    /** A caller outside the domain (a page, the API) may leave the type or the day out: the usual ones. */
    @SuppressWarnings("NullAway") // the nulls come from callers that NullAway does not check
    public Question {
        type = type == null ? CommendationType.THUONG_XUYEN : type;
        consideredOn = consideredOn == null ? usualConsideration(year) : consideredOn;
    }

    public Question(int year, Award award, CommendationType type, History subject) {
        this(year, award, type, subject, usualConsideration(year));
    }

    /**
     * A year's achievements are usually considered at the year-end review, early in the next year: 1 January of Y+1.
     */
    public static LocalDate usualConsideration(int year) {
        return LocalDate.of(year + 1, 1, 1);
    }
}
