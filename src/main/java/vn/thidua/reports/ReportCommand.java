package vn.thidua.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the officer adds to the data when printing a report: number (optional for a draft), date, place, signer. */
public record ReportCommand(
        @Positive(message = "{report.number.positive}") Integer number,

        @NotNull(message = "{report.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotBlank(message = "{report.place.required}") @Size(max = 100, message = "{report.place.tooLong}")
        String place,

        @Size(max = 200, message = "{report.signer.tooLong}")
        String signerName) {}
