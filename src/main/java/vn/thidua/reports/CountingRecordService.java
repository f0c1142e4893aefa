package vn.thidua.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.DocumentService.File;
import vn.thidua.documents.DocumentService.Format;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.voting.Bulletins;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.domain.ballot.Bulletin;

/**
 * The counting record (biên bản kiểm phiếu) of a counted vote as Word or PDF, for anyone with
 * standing in the vote: the same people who read the vote and its bulletin.
 */
@Service
public class CountingRecordService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final VotingService voting;
    private final Bulletins bulletins;
    private final BlocService blocs;
    private final AuthorityService authorities;
    private final ConferenceService conferences;
    private final Messages messages;
    private final Clock clock;
    private final SignedDocuments signed;

    CountingRecordService(
            VotingService voting,
            Bulletins bulletins,
            BlocService blocs,
            AuthorityService authorities,
            ConferenceService conferences,
            Messages messages,
            Clock clock,
            SignedDocuments signed) {
        this.clock = clock;
        this.signed = signed;
        this.voting = voting;
        this.bulletins = bulletins;
        this.blocs = blocs;
        this.authorities = authorities;
        this.conferences = conferences;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public File countingRecord(CurrentUser user, long voteId, Format format) {
        VoteView vote = counted(user, voteId);
        if (format == Format.PDF) {
            // a signed record is its own original (CountingRecordSigning): those bytes
            Optional<SignedDocuments.Original> original = signed.original(CountingRecordSigning.ref(voteId));
            if (original.isPresent()) {
                return new File(original.get().content(), original.get().fileName(), "application/pdf");
            }
        }
        return DocumentService.render(CountingRecord.build(facts(user, vote)), "bien-ban-kiem-phieu-" + voteId, format);
    }

    /** The counted vote the user reads; a vote not yet counted is refused, as its bulletin is. */
    VoteView counted(CurrentUser user, long voteId) {
        VoteView vote = voting.get(user, voteId);
        if (!vote.counted()) {
            // a record of figures nobody has yet: refused, as the bulletin is
            throw new InvalidInputException(List.of(new Violation(
                    "status",
                    messages.get(vote.closed() ? "countingRecord.awaitingCommittee" : "countingRecord.notCounted"))));
        }
        return vote;
    }

    /** The record as drawn, to be signed first: never the signed original. */
    File drawn(CurrentUser user, VoteView vote) {
        return DocumentService.render(
                CountingRecord.build(facts(user, vote)), "bien-ban-kiem-phieu-" + vote.id(), Format.PDF);
    }

    List<SignedDocuments.Place> places(CurrentUser user, VoteView vote) {
        return CountingRecord.places(facts(user, vote));
    }

    private CountingRecord.Facts facts(CurrentUser user, VoteView vote) {
        long voteId = vote.id();
        Optional<BlocYearScope> scope = voting.standing(user, voteId);
        // an elector of the council may have no standing in the bloc year itself; its vote names the year all the same
        BlocYearView year = scope.map(BlocYearScope::year).orElseGet(() -> blocs.yearById(vote.blocYearId()));
        BlocView bloc = scope.map(BlocYearScope::bloc).orElseGet(() -> blocs.get(year.blocId()));
        ConferenceView conference = vote.electorateKind() == VoteElectorate.MEMBER_UNITS
                ? scope.flatMap(conferences::get).orElse(null)
                : null;
        List<String> codes = vote.encrypted()
                ? bulletins.of(user, voteId).ballots().stream()
                        .map(Bulletin.Ballot::trackingCode)
                        .sorted()
                        .toList()
                : List.of();
        LocalDate countedOn = vote.closedAt() == null
                ? LocalDate.now(clock.withZone(VIETNAM))
                : vote.closedAt().atZone(VIETNAM).toLocalDate();
        return new CountingRecord.Facts(
                authorities.get(bloc.authorityId()),
                bloc,
                year,
                vote,
                codes,
                conference == null ? null : conference.chair(),
                conference == null ? null : conference.secretary(),
                countedOn);
    }
}
