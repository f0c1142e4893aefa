package vn.thidua.rules.domain;

/** The law and decree that answer a question; the law's generation chooses the rule set. */
public record Regime(LegalInstrument law, LegalInstrument decree) {

    public String description() {
        if (law == null) {
            return "Chưa có văn bản pháp luật cho năm này trong dữ liệu của hệ thống";
        }
        return decree == null ? law.name() : law.name() + "; " + decree.name();
    }

    /** Law 06/2022/QH15 and later; earlier years follow the 2003 Law as amended in 2013. */
    public boolean law2022OrLater() {
        return law != null && law.validFrom().getYear() >= 2024;
    }
}
