package vn.thidua.proposals;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the pages and the API send for each write, the same record from both. Every write on an
 * existing proposal carries the {@code version} its reader saw (the proposal's; a report's is its
 * candidate's): a stale one is refused (409), and the API refuses a write without one (400).
 */
public final class ProposalCommands {

    private ProposalCommands() {}

    /** A new proposal by hand: its bloc year, who proposes, the title, the type of commendation and the period. */
    public record Create(
            Long blocYearId,
            String level,
            Long proposerUnitId,
            String title,
            String commendationType,
            Integer periodFrom,
            Integer periodTo) {}

    /**
     * A step with nothing to say but the version read: taking up review, công khai, its end, the council's result, a
     * revote, a removal, a spam mark.
     */
    public record Version(Long version) {}

    /** A candidate: a collective (the unit itself) or a person of the unit, and the award proposed. */
    public record Candidate(
            String kind, Long unitId, String fullName, String jobTitle, String award, String narrative, Long version) {}

    /**
     * The unit's narrative of its achievements (the editable part of the report) and, for a person, the position; the
     * candidate's version.
     */
    public record Narrative(String narrative, String jobTitle, Long version) {}

    /** An evidence file's place: the whole proposal, or one candidate; the file itself comes beside it. */
    public record Upload(Long candidateId, Long version) {}

    public record Submit(String justification, Long version) {}

    /** A reason for returning or dropping (none needed to resubmit a returned candidate). */
    public record Reason(String reason, Long version) {}

    public record Checklist(boolean dossier, boolean criteria, boolean quota, Long version) {}

    /** A comment of the public: who, how to reach them (phone or e-mail), about whom, and what. */
    public record Comment(String authorName, String contact, Long candidateId, String body) {}

    public record Answer(String answer, Long version) {}

    /** The decision: its number (empty for the next in the authority's year), date and signer. */
    public record Decision(
            Integer number,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            String signerName,
            String signerTitle,
            Long version) {}
}
