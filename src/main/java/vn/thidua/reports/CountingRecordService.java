package vn.thidua.reports;

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
    private final java.time.Clock clock;

    CountingRecordService(
            VotingService voting,
            Bulletins bulletins,
            BlocService blocs,
            AuthorityService authorities,
            ConferenceService conferences,
            Messages messages,
            java.time.Clock clock) {
        this.clock = clock;
        this.voting = voting;
        this.bulletins = bulletins;
        this.blocs = blocs;
        this.authorities = authorities;
        this.conferences = conferences;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public File countingRecord(CurrentUser user, long voteId, Format format) {
        VoteView vote = voting.get(user, voteId);
        if (!vote.counted()) {
            // a record of figures nobody has yet: refused, as the bulletin is
            throw new InvalidInputException(List.of(new Violation(
                    "status",
                    messages.get(vote.closed() ? "countingRecord.awaitingCommittee" : "countingRecord.notCounted"))));
        }
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
        CountingRecord.Facts facts = new CountingRecord.Facts(
                authorities.get(bloc.authorityId()),
                bloc,
                year,
                vote,
                codes,
                conference == null ? null : conference.chair(),
                conference == null ? null : conference.secretary(),
                countedOn);
        return DocumentService.render(CountingRecord.build(facts), "bien-ban-kiem-phieu-" + voteId, format);
    }
}
