package vn.thidua.rules.domain;

/** The law and decree that answer a question; the law's generation chooses the rule set. */
public record Regime(LegalInstrument law, LegalInstrument decree) {

    public String description() {
        return decree == null ? law.name() : law.name() + "; " + decree.name();
    }

    /** Law 06/2022/QH15 and later; earlier years follow the 2003 Law as amended in 2013. */
    public boolean law2022OrLater() {
        return law.validFrom().getYear() >= 2024;
    }
}
