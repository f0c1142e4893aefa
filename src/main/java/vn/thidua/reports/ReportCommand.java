package vn.thidua.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the officer adds to the data when printing a report: number (optional for a draft), date, place, signer. */
public class ReportCommand {

    @Positive(message = "{report.number.positive}")
    private Integer number;

    @NotNull(message = "{report.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "{report.place.required}")
    @Size(max = 100, message = "{report.place.tooLong}")
    private String place;

    @Size(max = 200, message = "{report.signer.tooLong}")
    private String signerName;

    public ReportCommand() {}

    public ReportCommand(Integer number, LocalDate date, String place, String signerName) {
        this.number = number;
        this.date = date;
        this.place = place;
        this.signerName = signerName;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }
}
