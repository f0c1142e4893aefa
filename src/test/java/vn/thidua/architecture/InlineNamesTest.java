package vn.thidua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A type is named by an import, not spelled out where it is used ({@code @org.springframework.core.annotation.Order}
 * in the middle of a class): the reader sees in the imports what a class depends on, and lines stay short. A
 * fully-qualified name stays where it must, where its simple name already means another type in that file (an
 * import of the same name, a type declared there, one of its package's types, or {@code java.lang}'s).
 */
class InlineNamesTest {

    private static final List<Path> TREES =
            List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("bench/src/main/java"));

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|jakarta|org|com|vn|net|io|tools)(?:\\.[a-z_]\\w*)+)\\.([A-Z]\\w*)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)\\.(\\w+)\\s*;", Pattern.MULTILINE);
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    private static final Pattern IMPORT_OR_PACKAGE_LINE =
            Pattern.compile("^\\s*(?:import|package)\\b.*$", Pattern.MULTILINE);

    /**
     * The names spelled out in a source that an import would do for. {@code samePackage}: the simple names of the
     * types of the source's package.
     */
    static List<String> inlineNames(String source, Set<String> samePackage) {
        String code = IMPORT_OR_PACKAGE_LINE
                .matcher(withoutCommentsAndLiterals(source))
                .replaceAll("");
        Matcher pkg = PACKAGE.matcher(source);
        String ownPackage = pkg.find() ? pkg.group(1) : "";
        Map<String, String> imported = new HashMap<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            imported.put(imports.group(2), imports.group(1) + "." + imports.group(2));
        }
        Set<String> declared = new HashSet<>();
        Matcher declarations = DECLARED.matcher(code);
        String topLevel = null;
        while (declarations.find()) {
            topLevel = topLevel == null ? declarations.group(1) : topLevel;
            declared.add(declarations.group(1));
        }
        List<String> found = new ArrayList<>();
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            String packageName = qualified.group(1);
            String name = qualified.group(2);
            String full = packageName + "." + name;
            boolean ownType = packageName.equals(ownPackage) && name.equals(topLevel);
            boolean nameTaken =
                    (imported.containsKey(name) && !imported.get(name).equals(full))
                            || (declared.contains(name) && !ownType)
                            || (!packageName.equals(ownPackage) && (samePackage.contains(name) || inJavaLang(name)));
            if (!nameTaken) {
                found.add(full);
            }
        }
        return found;
    }

    private static boolean inJavaLang(String name) {
        try {
            Class.forName("java.lang." + name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The source with its comments, strings, text blocks and characters blanked, lines kept. */
    static String withoutCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = endOr(source, source.indexOf('\n', i), 0);
            } else if (source.startsWith("/*", i)) {
                end = endOr(source, source.indexOf("*/", i + 2), 2);
            } else if (source.startsWith("\"\"\"", i)) {
                end = endOr(source, source.indexOf("\"\"\"", i + 3), 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = i + 1;
                while (end < source.length() && source.charAt(end) != source.charAt(i)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            out.append(source.substring(i, end).replaceAll("[^\\n]", " "));
            i = end;
        }
        return out.toString();
    }

    private static int endOr(String source, int found, int length) {
        return found < 0 ? source.length() : found + length;
    }

    @Test
    void everyTypeIsNamedByAnImportWhereItsSimpleNameIsFree() throws Exception {
        Map<String, Set<String>> packages = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path tree : TREES) {
            try (Stream<Path> walk = Files.walk(tree)) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    files.add(f);
                    packages.computeIfAbsent(tree.relativize(f.getParent()).toString(), k -> new HashSet<>())
                            .add(f.getFileName().toString().replace(".java", ""));
                });
            }
        }
        assertThat(files).hasSizeGreaterThan(500);
        List<String> spelledOut = new ArrayList<>();
        for (Path file : files) {
            Path tree = TREES.stream().filter(file::startsWith).findFirst().orElseThrow();
            Set<String> samePackage =
                    packages.getOrDefault(tree.relativize(file.getParent()).toString(), Set.of());
            inlineNames(Files.readString(file), samePackage).forEach(name -> spelledOut.add(file + ": " + name));
        }
        assertThat(spelledOut).as("names to import").isEmpty();
    }

    @Test
    void theRuleFindsANameSpelledOutAndLeavesOneThatMust() {
        String spelled = "package p;\n\n@org.springframework.core.annotation.Order(1)\nclass A {\n"
                + "    java.time.Duration d = java.time.Duration.ZERO;\n}\n";
        assertThat(inlineNames(spelled, Set.of("A")))
                .containsExactly(
                        "org.springframework.core.annotation.Order", "java.time.Duration", "java.time.Duration");

        String clash = "package p;\n\nimport java.util.List;\n\nclass A {\n    List<String> a;\n"
                + "    java.awt.List b;\n    com.x.B c;\n    com.x.Record d;\n    record Inner(java.y.Inner i) {}\n}\n";
        assertThat(inlineNames(clash, Set.of("A", "B")))
                .as("names that mean another type here")
                .isEmpty();

        String nestedOfTheSameName = "package vn.p;\n\nclass A {\n    record B(vn.p.B outer) {}\n    vn.p.A self;\n}\n";
        assertThat(inlineNames(nestedOfTheSameName, Set.of("A", "B")))
                .as("a type of the package that a nested type hides; the file's own type is no clash")
                .containsExactly("vn.p.A");

        String notCode = "package p;\n\n/** See {@link java.time.Duration}. */\nclass A {\n"
                + "    // java.time.Duration\n    String s = \"java.time.Duration\";\n}\n";
        assertThat(inlineNames(notCode, Set.of("A"))).as("comments and strings").isEmpty();
    }
}
