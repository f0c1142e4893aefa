package vn.thidua.proposals.domain;

import vn.thidua.documents.domain.StateFormats;

/**
 * A decision's number in its authority's yearly sequence and the symbol of the issuing body
 * (Decree 30/2020/NĐ-CP, Phụ lục I): "15/QĐ-UBND".
 */
public record DecisionNumber(int number, String symbol) {

    public DecisionNumber {
        if (number < 1) {
            throw new IllegalArgumentException("decision numbers start at 1");
        }
    }

    public String text() {
        return StateFormats.reference(number, symbol);
    }

    /** The number of a certificate in the decision: "15/QĐ-UBND-02" for its second awardee. */
    public String certificate(int ordinal) {
        return text() + "-" + (ordinal < 10 ? "0" : "") + ordinal;
    }
}
