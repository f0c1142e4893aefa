package vn.thidua.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Phrase;
import vn.thidua.rules.domain.Reason;

/**
 * Numbers the distinct "condition — basis" texts of one screening run, so that each stored result
 * keeps only "12+;7?;3-" (text number and outcome) and the explanation is written once. A condition
 * is known by its phrase (template and values), so its words are written out only the first time.
 */
final class ReasonCodes {

    private final Map<Key, Integer> numbers = new HashMap<>();
    private final List<Map.Entry<Integer, String>> unsaved = new ArrayList<>();

    String encode(Answer answer) {
        StringBuilder codes = new StringBuilder(answer.reasons().size() * 5);
        for (Reason r : answer.reasons()) {
            Key key = new Key(r.phrase(), r.basis(), r.kind(), r.verified());
            Integer number = numbers.get(key);
            if (number == null) {
                number = numbers.size();
                numbers.put(key, number);
                unsaved.add(Map.entry(number, text(r)));
            }
            if (codes.length() > 0) {
                codes.append(';');
            }
            codes.append(number).append(r.met() == null ? '?' : r.met() ? '+' : '-');
        }
        return codes.toString();
    }

    /** The texts numbered since the last call, to be stored before the results that use them. */
    List<Map.Entry<Integer, String>> takeUnsaved() {
        List<Map.Entry<Integer, String>> taken = List.copyOf(unsaved);
        unsaved.clear();
        return taken;
    }

    private record Key(Phrase condition, String basis, Reason.Kind kind, boolean verified) {}

    static String text(Reason r) {
        String text = r.condition() + " — " + r.basis();
        if (r.kind() == Reason.Kind.JUDGEMENT) {
            return text + " (Hội đồng đánh giá)";
        }
        return r.verified() ? text : text + " (căn cứ cần kiểm tra)";
    }

    /** "12+;7?" with the run's texts → "✓ …\n? …". */
    static String expand(String codes, Map<Integer, String> texts) {
        StringBuilder lines = new StringBuilder();
        for (String code : codes.split(";")) {
            if (code.isEmpty()) {
                continue;
            }
            char outcome = code.charAt(code.length() - 1);
            String text = texts.getOrDefault(Integer.parseInt(code.substring(0, code.length() - 1)), "");
            if (lines.length() > 0) {
                lines.append('\n');
            }
            lines.append(outcome == '+' ? "✓ " : outcome == '-' ? "✗ " : "? ").append(text);
        }
        return lines.toString();
    }
}
