package vn.thidua.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "may use" table of docs/architecture.md, read from the document itself so that the map people
 * read and the one the tests enforce are one. A row is {@code | `vn.thidua.<feature>` | owns | may
 * use |}; in the last cell every name in backquotes is a feature the row's feature may depend on,
 * and words around them (why, or which part) are for the reader; "nothing of the features" is none.
 */
public record ModuleMap(Map<String, Set<String>> mayUse) {

    static final Path DOCUMENT = Path.of("docs", "architecture.md");

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`vn\\.thidua\\.([a-z]+)`\\s*\\|(.*)\\|(.*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([a-z]+)`");

    public static ModuleMap ofTheDocument() {
        try {
            return parse(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModuleMap parse(String markdown) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                Set<String> uses = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(3));
                while (name.find()) {
                    uses.add(name.group(1));
                }
                if (rows.put(row.group(1), uses) != null) {
                    throw new IllegalStateException("two rows for " + row.group(1));
                }
            }
        }
        rows.forEach((feature, uses) -> uses.forEach(used -> {
            if (!rows.containsKey(used)) {
                throw new IllegalStateException("the row of " + feature + " names " + used + ", which has no row");
            }
        }));
        return new ModuleMap(rows);
    }

    Set<String> features() {
        return mayUse.keySet();
    }

    /** The feature and every feature it may use, directly or through another: what it needs to run. */
    public Set<String> withWhatItUses(String feature) {
        if (!mayUse.containsKey(feature)) {
            throw new IllegalArgumentException("no row for " + feature + " in " + DOCUMENT);
        }
        Set<String> needed = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(feature));
        while (!next.isEmpty()) {
            String f = next.pop();
            if (needed.add(f)) {
                next.addAll(mayUse.get(f));
            }
        }
        return needed;
    }

    /** What the feature may not depend on: every other feature of the map but those its row lists. */
    Set<String> forbiddenTo(String feature) {
        Set<String> forbidden = new TreeSet<>(mayUse.keySet());
        forbidden.remove(feature);
        forbidden.removeAll(mayUse.get(feature));
        return forbidden;
    }
}
