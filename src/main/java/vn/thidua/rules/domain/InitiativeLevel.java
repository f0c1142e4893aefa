package vn.thidua.rules.domain;

/** The level that recognised an initiative (sáng kiến) or accepted research. */
public enum InitiativeLevel {
    CO_SO("cơ sở"),
    TINH("bộ, ban, ngành, tỉnh"),
    TOAN_QUOC("toàn quốc");

    private final String words;

    InitiativeLevel(String words) {
        this.words = words;
    }

    public boolean atLeast(InitiativeLevel other) {
        return ordinal() >= other.ordinal();
    }

    /** The scope that recognised it: "cơ sở". */
    public String words() {
        return words;
    }
}
