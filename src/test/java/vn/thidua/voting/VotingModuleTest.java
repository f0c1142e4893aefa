package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.support.ModuleTest;
import vn.thidua.voting.domain.Outcome;
import vn.thidua.voting.domain.VoteStatus;

/**
 * A conference's vote through voting's use cases, with the features its row names and none above it: no proposal
 * asks for the vote and no report prints its counting record, and the vote is held all the same.
 */
@ModuleTest("voting")
class VotingModuleTest {

    private static final CurrentUser ADMIN =
            new CurrentUser(0, "module-setup", "Thiết lập", Role.ADMIN, null, null, null);

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthorityService authorities;

    @Autowired
    UnitService units;

    @Autowired
    BlocService blocs;

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
    void aShowOfHandsPassesTheUnitsWhomEnoughOfThoseEntitledChose() {
        Year year = newYear(5);
        CurrentUser chair = year.leader();
        VoteView vote = voting.create(
                chair,
                year.id(),
                new VoteCommand(
                        VoteSubject.BLOC_PROPOSAL,
                        "Đề nghị tặng Bằng khen",
                        VoteMethod.SHOW_OF_HANDS,
                        null,
                        List.of(year.units().get(1), year.units().get(2)),
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
                                5,
                                vote.options().get(1).id(),
                                2),
                        version));

        VoteView counted = voting.get(chair, vote.id());
        assertThat(counted.tally().lines())
                .extracting(l -> l.option().unitId(), l -> l.outcome().result())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(year.units().get(1), Outcome.Result.PASSED),
                        org.assertj.core.groups.Tuple.tuple(year.units().get(2), Outcome.Result.FAILED));
    }

    @Test
    void aMemberWhoDoesNotLeadTheBlocCannotOpenItsVote() {
        Year year = newYear(3);
        VoteView vote = voting.create(
                year.leader(),
                year.id(),
                new VoteCommand(
                        VoteSubject.BLOC_PROPOSAL,
                        "Đề nghị tặng Cờ thi đua",
                        VoteMethod.SHOW_OF_HANDS,
                        null,
                        List.of(year.units().get(1)),
                        1,
                        VoteElectorate.MEMBER_UNITS));
        assertThatThrownBy(() -> opening.open(year.member(2), vote.id(), new OpenVote(3, null, null, vote.version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(voting.get(year.leader(), vote.id()).status()).isEqualTo(VoteStatus.DRAFT);
    }

    /** A bloc year of 2025 in a province of its own, its first member leading. */
    private Year newYear(int members) {
        String tag = "vt-" + System.nanoTime();
        long authority = authorities
                .create(ADMIN, new AuthorityCommand(tag, "Tỉnh " + tag, AuthorityKind.PROVINCE))
                .id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ids.add(units.create(ADMIN, new UnitCommand(authority, "Sở " + (i + 1) + " " + tag, null, UnitKind.SO))
                    .id());
        }
        long bloc = blocs.create(ADMIN, new BlocCommand(authority, "Khối " + tag, BlocKind.KHOI, null))
                .id();
        long yearId = blocs.createYear(ADMIN, bloc, new BlocYearCommand(2025, ids, ids.get(0), ids.get(1)))
                .id();
        return new Year(yearId, ids);
    }

    private record Year(long id, List<Long> units) {
        CurrentUser leader() {
            return member(0);
        }

        CurrentUser member(int i) {
            return new CurrentUser(-1 - i, "canbo" + i, "Cán bộ " + i, Role.UNIT_OFFICER, null, units.get(i), null);
        }
    }
}
