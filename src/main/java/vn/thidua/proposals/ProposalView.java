package vn.thidua.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/** A proposal with its candidates, dossier files, public comments, decision and every step taken. */
public record ProposalView(
        long id,
        long authorityId,
        String authorityName,
        long blocYearId,
        String blocName,
        int year,
        ProposerLevel level,
        Long proposerUnitId,
        String proposerName,
        String title,
        CommendationType commendationType,
        int periodFrom,
        int periodTo,
        ProposalStatus status,
        String justification,
        String returnReason,
        Instant stepStartedAt,
        LocalDate stepDueOn,
        Instant publicFrom,
        Instant publicUntil,
        String createdBy,
        Instant createdAt,
        long version,
        List<Candidate> candidates,
        List<FileView> files,
        List<Event> events,
        List<Comment> comments,
        Decision decision) {

    public record Candidate(
            long id,
            int position,
            SubjectKind kind,
            long unitId,
            String unitName,
            String fullName,
            String jobTitle,
            Award award,
            String awardLabel,
            String voteResult,
            CandidateStatus status,
            String reason,
            String narrative,
            boolean checkDossier,
            boolean checkCriteria,
            boolean checkQuota,
            Long subjectId,
            Long councilVoteId,
            Long councilOptionId,
            String certificateNumber,
            long version,
            Answer eligibility,
            String formerUnitName) {

        public boolean checked() {
            return checkDossier && checkCriteria && checkQuota;
        }

        public Candidate withEligibility(Answer answer) {
            return with(unitName, fullName, jobTitle, narrative, answer, formerUnitName);
        }

        /**
         * The same candidate under the names of another day: its unit's (and a collective's own) and the one it
         * replaced.
         */
        Candidate named(String newFullName, String newUnitName, String former) {
            return with(newUnitName, newFullName, jobTitle, narrative, eligibility, former);
        }

        /** As another candidate's unit sees it: who and what is proposed, not the report, the job or the findings. */
        public Candidate seenByAnotherCandidate() {
            return with(unitName, fullName, null, null, null, formerUnitName);
        }

        /** This candidate with the parts its views change: names, job, report, findings, the former unit's name. */
        private Candidate with(
                String unitName,
                String fullName,
                String jobTitle,
                String narrative,
                Answer eligibility,
                String formerUnitName) {
            return new Candidate(
                    id,
                    position,
                    kind,
                    unitId,
                    unitName,
                    fullName,
                    jobTitle,
                    award,
                    awardLabel,
                    voteResult,
                    status,
                    reason,
                    narrative,
                    checkDossier,
                    checkCriteria,
                    checkQuota,
                    subjectId,
                    councilVoteId,
                    councilOptionId,
                    certificateNumber,
                    version,
                    eligibility,
                    formerUnitName);
        }
    }

    public record FileView(
            long id,
            Long candidateId,
            String name,
            String contentType,
            int size,
            String uploadedBy,
            Instant uploadedAt) {}

    public record Event(
            String action,
            String fromStatus,
            String toStatus,
            String candidateName,
            String reason,
            String actor,
            Instant at) {}

    /** A comment of the public; its contact details are for the board only. */
    public record Comment(
            long id,
            Long candidateId,
            String authorName,
            String contact,
            String body,
            Instant createdAt,
            String answer,
            String answeredBy,
            Instant answeredAt,
            boolean spam) {

        public boolean answered() {
            return answer != null;
        }

        /** What the board still owes before công khai can close: an answer, unless the comment is spam. */
        public boolean awaitingAnswer() {
            return !answered() && !spam;
        }
    }

    public record Decision(
            long id,
            int number,
            String symbol,
            String text,
            LocalDate signedOn,
            String signerName,
            String signerTitle,
            String issuedBy) {}

    /** The council's votes on this proposal's candidates (one per rule, or more for a long list). */
    public List<Long> councilVotes() {
        return candidates.stream()
                .map(Candidate::councilVoteId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** Contact details are the board's: every other reader gets the comments without them. */
    public ProposalView withoutContacts() {
        List<Comment> hidden = comments.stream()
                .map(c -> new Comment(
                        c.id(),
                        c.candidateId(),
                        c.authorName(),
                        null,
                        c.body(),
                        c.createdAt(),
                        c.answer(),
                        c.answeredBy(),
                        c.answeredAt(),
                        c.spam()))
                .toList();
        return copy(authorityName, proposerName, candidates, files, hidden);
    }

    /** The same proposal under the names of another day (its authority's, its proposing unit's, its candidates'). */
    ProposalView named(String newAuthorityName, String newProposerName, List<Candidate> renamed) {
        return copy(newAuthorityName, newProposerName, renamed, files, comments);
    }

    /** The same proposal with other candidates and files (what one reader may see of it). */
    public ProposalView with(List<Candidate> someCandidates, List<FileView> someFiles) {
        return copy(authorityName, proposerName, someCandidates, someFiles, comments);
    }

    /** The one copy of the record: what a reader sees changes only names, candidates, files and comments. */
    private ProposalView copy(
            String anAuthorityName,
            String aProposerName,
            List<Candidate> someCandidates,
            List<FileView> someFiles,
            List<Comment> someComments) {
        return new ProposalView(
                id,
                authorityId,
                anAuthorityName,
                blocYearId,
                blocName,
                year,
                level,
                proposerUnitId,
                aProposerName,
                title,
                commendationType,
                periodFrom,
                periodTo,
                status,
                justification,
                returnReason,
                stepStartedAt,
                stepDueOn,
                publicFrom,
                publicUntil,
                createdBy,
                createdAt,
                version,
                someCandidates,
                someFiles,
                events,
                someComments,
                decision);
    }

    public List<Candidate> standing() {
        return candidates.stream().filter(c -> c.status().standing()).toList();
    }

    /** Past the due date of its current step, and not finished. */
    public boolean overdue(LocalDate today) {
        return !status.finished() && stepDueOn != null && today.isAfter(stepDueOn);
    }
}
