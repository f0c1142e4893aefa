package vn.thidua.rules.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A law or decree with the period it governs; the regime for a date is the law and decree in force then. */
public record LegalInstrument(
        String code,
        Kind kind,
        String name,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    /**
     * LAW and DECREE make the regime (the Law on emulation and commendation and its detailing decree);
     * POWERS moves who decides without changing the criteria (NĐ 129/2025/NĐ-CP: the commune chair holds
     * the former district chair's powers).
     */
    public enum Kind {
        LAW,
        DECREE,
        POWERS
    }

    /** The instrument that gives the commune chair the former district chair's powers (legal-instruments.csv). */
    public static final String COMMUNE_HOLDS_DISTRICT_POWERS = "ND_129_2025";

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
