package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The conference as recorded: when, where, hosted by which member, chaired by whom, who came, what it did. */
public record ConferenceCommand(
        @NotNull(message = "{conference.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        @NotBlank(message = "{conference.place.required}") @Size(max = 300, message = "{conference.place.tooLong}")
        String place,

        Long hostUnitId,

        @NotBlank(message = "{conference.chair.required}") @Size(max = 300, message = "{conference.chair.tooLong}")
        String chair,

        @Size(max = 300, message = "{conference.secretary.tooLong}")
        String secretary,

        @Size(max = 5000, message = "{conference.text.tooLong}")
        String attendees,

        @Size(max = 2000, message = "{conference.text.tooLong}")
        String guests,

        @Size(max = 5000, message = "{conference.text.tooLong}")
        String agenda,

        @Size(max = 5000, message = "{conference.text.tooLong}")
        String adopted,

        @Size(max = 5000, message = "{conference.text.tooLong}")
        String outcomes,

        Long version) {}
