package vn.thidua.rules.domain;

/** The level that recognised an initiative (sáng kiến) or accepted research. */
public enum InitiativeLevel {
    CO_SO, TINH, TOAN_QUOC;

    public boolean atLeast(InitiativeLevel other) {
        return ordinal() >= other.ordinal();
    }
}
