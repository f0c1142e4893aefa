package vn.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;
import vn.thidua.support.WebSession;

/**
 * Issue 21, the calendar: a unit officer's feed, read by a phone without signing in, parses as iCalendar (ical4j) and
 * holds exactly the dated steps of its bloc's year and of its proposal, computed here from what the test itself did;
 * another province's bloc is absent; a changed link revokes the old one (404), audited; roles it is not for are
 * refused.
 */
@IntegrationTest
class CalendarFeedIntegrationTest extends ApplicationTestBase {

    private static final Pattern LINK = Pattern.compile("/public/calendar/([A-Za-z0-9_-]{43})\\.ics");

    @Autowired
    Clock clock;

    @Autowired
    AuditLog audit;

    @Test
    void aFeedHoldsExactlyTheStepsItsOwnerMaySeeAndAChangedLinkRevokesTheOldOne() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        BlocFixture.Bloc bloc = fixture.create(3, year);
        fixture.rank(port, bloc, new double[][] {{9, 18, 9}, {8, 17, 8}, {7, 16, 7}});
        LocalDate conference = LocalDate.of(year + 1, 1, 15);
        Api.as(port, bloc.board())
                .put(
                        bloc.path("/conference"),
                        json("heldOn", conference.toString(), "place", "Hội trường tỉnh", "chair", "Chủ tịch Hội nghị"))
                .expect(200);
        BlocFixture.Bloc other = fixture.create(2, year);
        Api.as(port, other.officer(0))
                .put(other.path("/launch"), json("launchedOn", year + "-03-01", "text", "Phát động", "movements", "X"))
                .expect(200, 201);
        ProposalJourney.Submitted submitted = new ProposalJourney(port, bloc).submittedUnitProposal(1);
        long proposal = submitted.id();
        LocalDate due = submitted.reviewDue();

        // what the officer of the second member should find, from the fixture's own dates
        Map<String, String> expected = new TreeMap<>();
        expected.put("launch-" + bloc.yearId(), span(LocalDate.of(year, 2, 1), LocalDate.of(year, 2, 1)));
        expected.put("inspection-" + bloc.yearId(), span(today, today));
        expected.put("consolidation-" + bloc.yearId(), span(today, today));
        expected.put("objections-" + bloc.yearId(), span(today, today.plusDays(3)));
        expected.put("conference-" + bloc.yearId(), span(conference, conference));
        expected.put("submitted-p" + proposal, span(today, today));
        expected.put("due-p" + proposal + "-submitted", span(due, due));

        WebSession officer = WebSession.loggedIn(port, bloc.officer(1));
        String token = issue(officer);
        Api phone = Api.anonymous(port);
        Api.Response feed = phone.get("/public/calendar/" + token + ".ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(events(feed.body())).isEqualTo(expected);
        assertThat(feed.body())
                .contains("SUMMARY:Hội nghị tổng kết – ")
                .contains("Người thực hiện: ")
                .doesNotContain("launch-" + other.yearId());
        Calendar parsed = new CalendarBuilder().build(new StringReader(feed.body()));
        VEvent launch = parsed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("launch-" + bloc.yearId()))
                .findFirst()
                .orElseThrow();
        assertThat(launch.getSummary().getValue()).startsWith("Phát động thi đua");
        assertThat(launch.getDescription().getValue()).contains("Khối trưởng (Sở số 1");
        assertThat(launch.getUrl().getValue().toString()).endsWith("/bloc-years/" + bloc.yearId() + "/launch");
        assertThat(launch.getDateTimeStamp()).isNotNull();
        assertThat(events(phone.get("/public/calendar/" + token + ".ics").body()))
                .as("the same UIDs on every fetch")
                .isEqualTo(expected);

        // the other province's officer sees its own bloc only
        String otherToken = issue(WebSession.loggedIn(port, other.officer(0)));
        assertThat(events(phone.get("/public/calendar/" + otherToken + ".ics").body()))
                .containsOnlyKeys("launch-" + other.yearId());

        // a new link revokes the old one
        String second = issue(officer);
        assertThat(second).isNotEqualTo(token);
        assertThat(phone.get("/public/calendar/" + token + ".ics").status()).isEqualTo(404);
        assertThat(phone.get("/public/calendar/" + second + ".ics").status()).isEqualTo(200);
        assertThat(phone.get("/public/calendar/" + "A".repeat(43) + ".ics").status())
                .isEqualTo(404);
        assertThat(audit.search(
                        new AuditQuery(null, null, bloc.officer(1), AuditAction.CALENDAR_FEED_ISSUED),
                        bloc.authorityId(),
                        10))
                .hasSize(2)
                .anySatisfy(row -> assertThat(row.detail()).contains("liên kết cũ bị thu hồi"));

        // the page is for the board, units and council: a decider is refused, and cannot make a link either
        WebSession decider = WebSession.loggedIn(port, fixture.decider(bloc));
        assertThat(decider.get("/calendar").status()).isEqualTo(403);
        assertThat(decider.postForm("/calendar/feed", Map.of()).status()).isEqualTo(403);
        // the council member sees the council's steps only: nothing of this year has reached the council
        WebSession council = WebSession.loggedIn(port, fixture.council(bloc, 1).get(0));
        assertThat(council.get("/calendar").body()).contains("Chưa có mốc thời gian nào");
    }

    /** Makes the person's link on the calendar page, as a person would, and reads it off the page shown once. */
    private static String issue(WebSession session) {
        session.get("/calendar");
        WebSession.Page made = session.postForm("/calendar/feed", Map.of());
        assertThat(made.status()).isEqualTo(302);
        String page = session.get("/calendar").body();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the link is shown once").isTrue();
        assertThat(LINK.matcher(session.get("/calendar").body()).find())
                .as("and never again")
                .isFalse();
        return link.group(1);
    }

    /** Each VEVENT's UID with its first and last day, as ical4j reads them (all-day DATE values, DTEND exclusive). */
    static Map<String, String> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, String> events = new TreeMap<>();
        for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) {
            Temporal start = e.getDateTimeStart().getDate();
            Temporal end = e.getDateTimeEnd().getDate();
            assertThat(start).as("an all-day date").isInstanceOf(LocalDate.class);
            events.put(e.getUid().orElseThrow().getValue(), span((LocalDate) start, ((LocalDate) end).minusDays(1)));
        }
        return events;
    }

    private static String span(LocalDate from, LocalDate to) {
        return from + ".." + to;
    }
}
