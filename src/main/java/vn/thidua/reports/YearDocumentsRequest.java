package vn.thidua.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The "Văn bản" page's form: each of the year's four documents has its own number (số), since each
 * is registered under its own symbol (BC, BB, TTr, QĐ); date, place and signer are shared. The form
 * sends all of them with every download, so a number typed once stays in the form, and comes back
 * with it when anything is refused.
 */
public record YearDocumentsRequest(
        @Positive(message = "{report.number.positive}") Integer summaryNumber,

        @Positive(message = "{report.number.positive}") Integer minutesNumber,

        @Positive(message = "{report.number.positive}") Integer submissionNumber,

        @Positive(message = "{report.number.positive}") Integer decisionNumber,

        @NotNull(message = "{report.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotBlank(message = "{report.place.required}") @Size(max = 100, message = "{report.place.tooLong}")
        String place,

        @Size(max = 200, message = "{report.signer.tooLong}")
        String signerName) {

    /** What one document is printed with: its own number, and the shared date, place and signer. */
    public ReportCommand of(YearDocuments.Kind kind) {
        Integer number = switch (kind) {
            case SUMMARY -> summaryNumber;
            case MINUTES -> minutesNumber;
            case SUBMISSION -> submissionNumber;
            case DECISION -> decisionNumber;
        };
        return new ReportCommand(number, date, place, signerName);
    }
}
