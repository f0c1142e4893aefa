package vn.thidua.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The Java sources below a folder, for the rules that read code as text rather than as classes. */
final class Sources {

    /** {@code path}: relative to the folder, with "/" on every system. */
    record Source(String path, String text) {}

    private Sources() {}

    static List<Source> under(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> new Source(folder.relativize(f).toString().replace('\\', '/'), read(f)))
                    .sorted(Comparator.comparing(Source::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
