package vn.thidua.scoring;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The longest texts the scoring steps take (the columns are varchar(2000)). The checks, their messages
 * and the pages' maxlength and hints all read them here, so that an officer is told the limit before
 * typing and the page never lets through what the check refuses ({@code ${@scoringLimits.comment}}).
 */
@Component("scoringLimits")
public class TextLimits {

    /** A criterion's comment on a score sheet. */
    public static final int COMMENT = 2000;

    /** A written reason: settling a discrepancy, an objection, its answer, an adjustment. */
    public static final int REASON = 2000;

    public int comment() {
        return COMMENT;
    }

    public int reason() {
        return REASON;
    }

    /** A limit as Vietnamese write it: "2.000". */
    public static String text(int limit) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(limit);
    }

    /** The same, for a page: {@code ${@scoringLimits.shown(@scoringLimits.comment())}}. */
    public String shown(int limit) {
        return text(limit);
    }
}
