package vn.thidua.rules.domain;

import org.jspecify.annotations.Nullable;

/** The law and decree that answer a question; the law's generation chooses the rule set. */
public record Regime(
        @Nullable LegalInstrument law, @Nullable LegalInstrument decree) {

    public String description() {
        if (law == null) {
            return "Chưa có văn bản pháp luật cho năm này trong dữ liệu của hệ thống";
        }
        return decree == null ? law.name() : law.name() + "; " + decree.name();
    }

    /** The instrument code of the 2003 Law (as amended in 2013) in rules/legal-instruments.csv. */
    static final String LAW_2003 = "LAW_2003";

    /** Law 06/2022/QH15 or any later law; earlier years follow the 2003 Law as amended in 2013. */
    public boolean law2022OrLater() {
        return law != null && !LAW_2003.equals(law.code());
    }
}
