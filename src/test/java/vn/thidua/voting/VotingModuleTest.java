package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.support.ModuleRecords;
import vn.thidua.support.ModuleTest;
import vn.thidua.voting.domain.Outcome;
import vn.thidua.voting.domain.VoteStatus;

/**
 * A conference's vote through voting's use cases, with the features its row names and none above it: no proposal
 * asks for the vote and no report prints its counting record, and the vote is held all the same.
 */
@ModuleTest("voting")
class VotingModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ModuleRecords records;

    @Autowired
    VotingService voting;

    @Autowired
    VoteOpening opening;

    @Autowired
    VoteClosing closing;

    @Test
    void startsWithoutTheProposalsThatAskForVotesOrTheReportsThatPrintThem() {
        assertThat(context.getBeanNamesForType(VoteOrigin.class)).isEmpty();
        assertThat(context.getBeanNamesForType(CountingRecordSignatures.class)).isEmpty();
    }

    @Test
    void aShowOfHandsPassesTheUnitsChosenByMoreThanHalfOfThoseEntitled() {
        ModuleRecords.Year year = records.newYear(5);
        CurrentUser chair = year.officer(0);
        VoteView vote = voting.create(
                chair,
                year.id(),
                new VoteCommand(
                        VoteSubject.BLOC_PROPOSAL,
                        "Đề nghị tặng Bằng khen",
                        VoteMethod.SHOW_OF_HANDS,
                        null,
                        List.of(year.unit(1), year.unit(2)),
                        2,
                        VoteElectorate.MEMBER_UNITS));
        assertThat(vote.status()).isEqualTo(VoteStatus.DRAFT);

        opening.open(chair, vote.id(), new OpenVote(5, null, null, vote.version()));
        long version = voting.get(chair, vote.id()).version();
        closing.close(
                chair,
                vote.id(),
                new CloseVote(
                        Map.of(
                                vote.options().get(0).id(),
                                3,
                                vote.options().get(1).id(),
                                2),
                        version));

        VoteView counted = voting.get(chair, vote.id());
        assertThat(counted.tally().lines())
                .extracting(
                        l -> l.option().unitId(),
                        l -> l.outcome().result(),
                        l -> l.outcome().needed())
                .as("more than half of the five members present: three hands, not two")
                .containsExactly(
                        Tuple.tuple(year.unit(1), Outcome.Result.PASSED, 3L),
                        Tuple.tuple(year.unit(2), Outcome.Result.FAILED, 3L));
    }

    @Test
    void aMemberWhoDoesNotLeadTheBlocCannotOpenItsVote() {
        ModuleRecords.Year year = records.newYear(3);
        VoteView vote = voting.create(
                year.officer(0),
                year.id(),
                new VoteCommand(
                        VoteSubject.BLOC_PROPOSAL,
                        "Đề nghị tặng Cờ thi đua",
                        VoteMethod.SHOW_OF_HANDS,
                        null,
                        List.of(year.unit(1)),
                        1,
                        VoteElectorate.MEMBER_UNITS));
        assertThatThrownBy(() -> opening.open(year.officer(2), vote.id(), new OpenVote(3, null, null, vote.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(voting.get(year.officer(0), vote.id()).status()).isEqualTo(VoteStatus.DRAFT);
    }
}
