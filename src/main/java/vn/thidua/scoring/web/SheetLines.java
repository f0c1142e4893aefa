package vn.thidua.scoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import vn.thidua.platform.text.Numbers;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.EntryInput;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.SheetView;

/** The score sheet's lines on its page: as read, and a refused save's messages beside them. */
final class SheetLines {

    private static final Pattern LINE = Pattern.compile("^entries\\[(\\d+)]");

    private SheetLines() {}

    /** The sheet as stored, in the request the page posts back: one line a criterion, points as text. */
    static ScoringRequests.SaveSheet asRead(SheetView sheet) {
        return new ScoringRequests.SaveSheet(
                sheet.version(),
                sheet.lines().stream()
                        .map(l -> new EntryInput(
                                l.criterion().code(),
                                l.points() == null ? null : Numbers.text(l.points()),
                                l.comment(),
                                null))
                        .toList());
    }

    /**
     * The lines as the page posted them, without a workbook row's place for errors: a page's line is named by its
     * index.
     */
    static ScoringRequests.SaveSheet asPosted(ScoringRequests.SaveSheet posted) {
        return new ScoringRequests.SaveSheet(
                posted.version(),
                posted.entries().stream()
                        .map(e -> e == null ? null : new EntryInput(e.code(), e.points(), e.comment(), null))
                        .toList());
    }

    /** A refused save's messages: each line's (entries[i]) beside that line, the others above the table. */
    static void showErrors(Model model, List<Violation> violations) {
        Map<Integer, List<String>> rowErrors = new LinkedHashMap<>();
        List<String> otherErrors = new ArrayList<>();
        for (Violation v : violations) {
            Matcher m = LINE.matcher(v.field() == null ? "" : v.field());
            if (m.find()) {
                rowErrors
                        .computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>())
                        .add(v.message());
            } else {
                otherErrors.add(v.message());
            }
        }
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("otherErrors", otherErrors);
    }
}
