package vn.thidua.rules.domain;

import java.time.LocalDate;

/** A law or decree with the period it governs; the regime for a date is the law and decree in force then. */
public record LegalInstrument(String code, Kind kind, String name, LocalDate validFrom, LocalDate validTo) {

    public enum Kind {
        LAW, DECREE
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
