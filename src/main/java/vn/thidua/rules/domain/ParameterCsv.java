package vn.thidua.rules.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the national parameter and instrument files (pipe-separated, '#' comments). */
public final class ParameterCsv {

    private ParameterCsv() {}

    public static List<Parameter> parameters(InputStream in) {
        List<Parameter> parameters = new ArrayList<>();
        for (String[] f : rows(in, 10)) {
            parameters.add(new Parameter(
                    ParameterKey.valueOf(f[0]),
                    new BigDecimal(f[1]),
                    LocalDate.parse(f[2]),
                    f[3].isBlank() ? null : LocalDate.parse(f[3]),
                    null,
                    new LegalBasis(f[4], blankToNull(f[5]), blankToNull(f[6]), blankToNull(f[7])),
                    Boolean.parseBoolean(f[8].trim()),
                    blankToNull(f[9])));
        }
        return parameters;
    }

    public static List<LegalInstrument> instruments(InputStream in) {
        List<LegalInstrument> instruments = new ArrayList<>();
        for (String[] f : rows(in, 5)) {
            instruments.add(new LegalInstrument(
                    f[0],
                    LegalInstrument.Kind.valueOf(f[1]),
                    f[2],
                    LocalDate.parse(f[3]),
                    f[4].isBlank() ? null : LocalDate.parse(f[4])));
        }
        return instruments;
    }

    private static List<String[]> rows(InputStream in, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                if (fields.length != columns) {
                    throw new IllegalArgumentException("line " + number + ": " + columns + " fields expected: " + line);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
