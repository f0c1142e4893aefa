package vn.thidua.scoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.EntryInput;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.SheetView;

/**
 * The score sheet as the page posts it: one line per criterion, points as typed. Serializable: the lines
 * typed before an evidence upload travel to the next page as a flash attribute, in the session's table.
 */
public class SheetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private List<Line> lines = new ArrayList<>();

    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String points;
        private String comment;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    static SheetForm of(SheetView sheet) {
        SheetForm form = new SheetForm();
        form.version = sheet.version();
        for (SheetView.Line l : sheet.lines()) {
            Line line = new Line();
            line.code = l.criterion().code();
            line.points = l.points() == null ? null : vn.thidua.platform.text.Numbers.text(l.points());
            line.comment = l.comment();
            form.lines.add(line);
        }
        return form;
    }

    private static final Pattern LINE = Pattern.compile("^entries\\[(\\d+)]");

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

    /** The step's request, as the API sends it too. */
    ScoringRequests.SaveSheet request() {
        return new ScoringRequests.SaveSheet(
                version,
                lines.stream()
                        .map(l -> new EntryInput(l.code, l.points, l.comment, null))
                        .toList());
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }
}
