package vn.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.calendar.domain.CalendarEntry;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;
import vn.thidua.support.TestClock;

/**
 * Issue 21, who must act on each step (what reminders tell): the members on the launch, the inspections, the objection
 * window and the conference; the board on công khai and the steps it holds; the council on a proposal before it; the
 * decider on the decision to sign; nobody on a step that only records what was done.
 */
@IntegrationTest
class CalendarDutiesIntegrationTest extends ApplicationTestBase {

    @Autowired
    CalendarService calendar;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** The application's clock (the primary {@link java.time.Clock}), which a test moves forward. */
    @Autowired
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void eachStepIsTheDutyOfThoseWhoMustActOnIt() {
        int year = LocalDate.now(clock).getYear();
        BlocFixture.Bloc bloc = fixture.create(3, year);
        fixture.rank(port, bloc, new double[][] {{9, 18, 9}, {8, 17, 8}, {7, 16, 7}});
        List<String> council = fixture.council(bloc, 2);
        String decider = fixture.decider(bloc);
        ProposalJourney journey = new ProposalJourney(port, bloc);
        long toSign = journey.blocProposal(); // the bloc's conference held, with its date
        journey.publish(toSign, bloc.officer(0));
        journey.councilPasses(toSign, journey.toCouncil(toSign, clock), council);
        long atCouncil = journey.unitProposal(2);
        journey.publish(atCouncil, bloc.officer(2));
        journey.toCouncil(atCouncil, clock);
        long published = journey.unitProposal(1);
        journey.publish(published, bloc.officer(1));

        long y = bloc.yearId();
        Set<String> members = Set.of("launch-" + y, "inspection-" + y, "objections-" + y, "conference-" + y);
        assertThat(duties(bloc.officer(0))).as("the leader").isEqualTo(members);
        assertThat(duties(bloc.officer(1)))
                .as("a member, whose proposal is the board's to handle")
                .isEqualTo(members);
        assertThat(duties(bloc.board()))
                .isEqualTo(Set.of(
                        "conference-" + y,
                        "public-p" + published,
                        "due-p" + published + "-public_comment",
                        "public-p" + atCouncil,
                        "due-p" + atCouncil + "-council",
                        "public-p" + toSign,
                        "due-p" + toSign + "-awaiting_decision"));
        assertThat(duties(council.get(1))).isEqualTo(Set.of("due-p" + atCouncil + "-council"));
        assertThat(duties(decider)).isEqualTo(Set.of("due-p" + toSign + "-awaiting_decision"));
        // the calendar itself still shows every step, duties or not
        assertThat(calendar.entries(user(bloc.officer(1)), Set.of(year)))
                .extracting(CalendarEntry::uid)
                .contains("consolidation-" + y, "submitted-p" + published);
    }

    private Set<String> duties(String username) {
        return Set.copyOf(
                calendar.duties(user(username), Set.of(LocalDate.now(clock).getYear())).stream()
                        .map(CalendarEntry::uid)
                        .toList());
    }

    private CurrentUser user(String username) {
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        return accounts.enabledAccount(id).orElseThrow();
    }
}
