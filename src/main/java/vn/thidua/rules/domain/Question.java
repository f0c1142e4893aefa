package vn.thidua.rules.domain;

/** May this subject be proposed for this award, for the achievements of this year (or period ending then)? */
public record Question(int year, Award award, CommendationType type, History subject) {

    public Question {
        type = type == null ? CommendationType.THUONG_XUYEN : type;
    }
}
