package vn.thidua.rules.domain;

/**
 * One condition and its outcome. {@code met} is null when a deciding fact is missing, or for a
 * judgement only people can make. {@code verified} is false when the rule rests on a parameter
 * nobody has yet checked against the official text.
 */
public record Reason(String condition, Boolean met, String basis, Kind kind, boolean verified) {

    public enum Kind {
        FACT, JUDGEMENT
    }
}
