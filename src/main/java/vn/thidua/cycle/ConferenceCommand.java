package vn.thidua.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The conference as recorded: when, where, hosted by which member, chaired by whom, who came, what it did. */
public class ConferenceCommand {

    @NotNull(message = "{conference.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "{conference.place.required}")
    @Size(max = 300, message = "{conference.place.tooLong}")
    private String place;

    private Long hostUnitId;

    @NotBlank(message = "{conference.chair.required}")
    @Size(max = 300, message = "{conference.chair.tooLong}")
    private String chair;

    @Size(max = 300, message = "{conference.secretary.tooLong}")
    private String secretary;

    @Size(max = 5000, message = "{conference.text.tooLong}")
    private String attendees;

    @Size(max = 2000, message = "{conference.text.tooLong}")
    private String guests;

    @Size(max = 5000, message = "{conference.text.tooLong}")
    private String agenda;

    @Size(max = 5000, message = "{conference.text.tooLong}")
    private String adopted;

    @Size(max = 5000, message = "{conference.text.tooLong}")
    private String outcomes;

    private Long version;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getHostUnitId() {
        return hostUnitId;
    }

    public void setHostUnitId(Long hostUnitId) {
        this.hostUnitId = hostUnitId;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getGuests() {
        return guests;
    }

    public void setGuests(String guests) {
        this.guests = guests;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getAdopted() {
        return adopted;
    }

    public void setAdopted(String adopted) {
        this.adopted = adopted;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
