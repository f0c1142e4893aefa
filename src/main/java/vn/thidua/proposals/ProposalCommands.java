package vn.thidua.proposals;

import java.time.LocalDate;

/** What the pages and the API send for each write of the pipeline. */
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

    /** A candidate: a collective (the unit itself) or a person of the unit, and the award proposed. */
    public record Candidate(
            String kind, Long unitId, String fullName, String jobTitle, String award, String narrative) {}

    /** The unit's narrative of its achievements (the editable part of the report) and, for a person, the position. */
    public record Narrative(String narrative, String jobTitle, Long version) {}

    public record Submit(String justification, Long version) {}

    public record Reason(String reason, Long version) {}

    public record Checklist(boolean dossier, boolean criteria, boolean quota) {}

    /** A comment of the public: who, how to reach them (phone or e-mail), about whom, and what. */
    public record Comment(String authorName, String contact, Long candidateId, String body) {}

    public record Answer(String answer) {}

    /** The decision: its number (empty for the next in the authority's year), date and signer. */
    public record Decision(Integer number, LocalDate signedOn, String signerName, String signerTitle, Long version) {}
}
