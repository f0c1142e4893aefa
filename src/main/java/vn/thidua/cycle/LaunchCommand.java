package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The leader's launch of the year's emulation (phát động thi đua): date, text, named movements one per line. */
public record LaunchCommand(
        @NotNull(message = "{launch.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate launchedOn,

        @NotBlank(message = "{launch.text.required}") @Size(max = 10000, message = "{launch.text.tooLong}")
        String text,

        @Size(max = 5000, message = "{launch.movements.tooLong}")
        String movements,

        Long version) {

    public LaunchCommand(LocalDate launchedOn, String text, String movements) {
        this(launchedOn, text, movements, null);
    }
}
