package vn.thidua.awards;

import java.util.List;

/**
 * What an import of past awards did, row by row: entered, already there (skipped: importing the same
 * sheet twice enters nothing more), or refused (then nothing of the file was entered).
 */
public record ImportReport(int imported, int skipped, List<Line> rows) {

    public enum Outcome {
        IMPORTED,
        SKIPPED,
        REFUSED
    }

    /** {@code row}: "Dòng 5" (or "file" for the whole file). */
    public record Line(String row, Outcome outcome, String message) {}
}
