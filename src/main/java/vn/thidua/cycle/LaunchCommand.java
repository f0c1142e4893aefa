package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The leader's launch of the year's emulation (phát động thi đua): date, text, named movements one per line. */
public class LaunchCommand {

    @NotNull(message = "{launch.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate launchedOn;

    @NotBlank(message = "{launch.text.required}")
    @Size(max = 10000, message = "{launch.text.tooLong}")
    private String text;

    @Size(max = 5000, message = "{launch.movements.tooLong}")
    private String movements;

    private Long version;

    public LaunchCommand() {}

    public LaunchCommand(LocalDate launchedOn, String text, String movements) {
        this.launchedOn = launchedOn;
        this.text = text;
        this.movements = movements;
    }

    public LocalDate getLaunchedOn() {
        return launchedOn;
    }

    public void setLaunchedOn(LocalDate launchedOn) {
        this.launchedOn = launchedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMovements() {
        return movements;
    }

    public void setMovements(String movements) {
        this.movements = movements;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
