package vn.thidua.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.reminders.domain.NoticeKind;
import vn.thidua.reminders.internal.NoticeStore;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * Issue 21, reminders, through a real SMTP server (GreenMail) started here: a proposal submitted to the board has a
 * due date for its review; a few days before, the board's people are told once (in the bell, and by mail unless
 * muted), its proposer and the other members are not; two instances racing the day's run, or the same authority's
 * run, send it once; once late, the board is told again and mailed the day's digest, one a day.
 */
@IntegrationTest
class RemindersIntegrationTest extends ApplicationTestBase {

    @Autowired
    Reminders reminders;

    @Autowired
    Notifications notifications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    NoticeStore store;

    @Autowired
    TestClock testClock;

    @Autowired
    Clock clock;

    GreenMail smtp;
    JavaMailSenderImpl mail;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        mail.setDefaultEncoding("UTF-8");
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    /** A bloc with a proposal of its second member submitted to the board, and everyone's address. */
    record Setting(BlocFixture.Bloc bloc, long proposal, LocalDate due, String secondBoard) {}

    private Setting submitted() {
        BlocFixture.Bloc bloc = fixture.create(2, LocalDate.now(clock).getYear());
        String secondBoard = bloc.board() + "-2";
        accounts.create(new UserAccounts.NewUser(
                secondBoard, Api.DEMO_PASSWORD, "Phó Ban TĐKT", Role.BOARD, bloc.authorityId(), null, null));
        for (String username : List.of(bloc.board(), secondBoard, bloc.officer(0), bloc.officer(1))) {
            jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u")
                    .param("e", address(username))
                    .param("u", username)
                    .update();
        }
        ProposalJourney.Submitted submitted = new ProposalJourney(port, bloc).submittedUnitProposal(1);
        return new Setting(bloc, submitted.id(), submitted.reviewDue(), secondBoard);
    }

    @Test
    void aReminderGoesOnceToThoseWhoMustActAndNotToAMutedOne() throws Exception {
        Setting s = submitted();
        // the second board member mutes its mail on its page: audited, and its bell stays
        WebSession muted = WebSession.loggedIn(port, s.secondBoard());
        muted.get("/notifications");
        assertThat(muted.postForm("/notifications/mail", Map.of("muted", "true"))
                        .status())
                .isEqualTo(302);
        assertThat(muted.get("/notifications").body()).contains("Bạn đã tắt thư nhắc hạn");
        assertThat(audit.search(
                        new AuditQuery(null, null, s.secondBoard(), AuditAction.REMINDER_MAIL_CHANGED),
                        s.bloc().authorityId(),
                        10))
                .singleElement()
                .satisfies(row -> assertThat(row.detail()).isEqualTo("Tắt thư nhắc hạn"));

        // two instances start the day's run at once: one runs it, the other finds it claimed
        LocalDate before = s.due().minusDays(1);
        List<Integer> runs = race(() -> reminders.run(before, mail), () -> reminders.run(before, mail));
        assertThat(runs).containsOnlyOnce(-1).anySatisfy(n -> assertThat(n).isPositive());

        String key = "due-p" + s.proposal() + "-submitted";
        List<MimeMessage> toBoard = mailsTo(s.bloc().board());
        assertThat(toBoard).hasSize(1);
        assertThat(toBoard.get(0).getSubject())
                .startsWith("Nhắc hạn thi đua – khen thưởng: Hạn thẩm định hồ sơ đề nghị");
        assertThat((String) toBoard.get(0).getContent())
                .contains("Kính gửi Ban TĐKT")
                .contains("Hạn, ngày " + day(s.due()))
                .contains("https://thidua.langson.gov.vn/proposals/" + s.proposal())
                .contains("https://thidua.langson.gov.vn/notifications");
        assertThat(mailsTo(s.secondBoard())).as("muted").isEmpty();
        assertThat(notifications.page(user(s.secondBoard())).notices())
                .as("the bell stays")
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.entryKey()).isEqualTo(key);
                    assertThat(n.kind()).isEqualTo(NoticeKind.SOON);
                    assertThat(n.dueOn()).isEqualTo(s.due());
                });
        assertThat(notifications.unread(user(s.bloc().board()))).isEqualTo(1);
        // the proposer and the other member do not review: nothing of the proposal is theirs to do now
        for (String officer : List.of(s.bloc().officer(0), s.bloc().officer(1))) {
            assertThat(notifications.page(user(officer)).notices())
                    .noneSatisfy(n -> assertThat(n.entryKey()).contains("p" + s.proposal()));
            assertThat(mailsTo(officer)).isEmpty();
        }

        // the same day again, by the run or by the authority's own step: nothing more
        assertThat(reminders.run(before, mail)).isEqualTo(-1);
        assertThat(reminders.remind(before, mail, s.bloc().authorityId())).isZero();
        assertThat(mailsTo(s.bloc().board())).hasSize(1);
        assertThat(notifications.unread(user(s.bloc().board()))).isEqualTo(1);
    }

    @Test
    void aLateStepIsToldOnceAndTheBoardGetsOneDigestADay() throws Exception {
        Setting s = submitted();
        LocalDate late = s.due().plusDays(1);
        long authority = s.bloc().authorityId();
        // two instances on the same authority's people at once: the unique rows decide who mails
        race(() -> reminders.remind(late, mail, authority), () -> reminders.remind(late, mail, authority));

        List<MimeMessage> toBoard = mailsTo(s.bloc().board());
        assertThat(toBoard).extracting(MimeMessage::getSubject).hasSize(2);
        MimeMessage notice = toBoard.stream()
                .filter(m -> subject(m).startsWith("Quá hạn"))
                .findFirst()
                .orElseThrow();
        assertThat((String) notice.getContent()).contains("QUÁ HẠN từ ngày " + day(s.due()));
        MimeMessage digest = toBoard.stream()
                .filter(m -> subject(m).startsWith("Tổng hợp việc quá hạn"))
                .findFirst()
                .orElseThrow();
        assertThat(digest.getSubject()).contains(day(late)).contains("(1 việc)");
        assertThat((String) digest.getContent())
                .contains("Khối kiểm thử")
                .contains("Hạn thẩm định hồ sơ đề nghị: Đề nghị khen thưởng năm")
                .contains("Hạn ngày " + day(s.due()) + "; chậm: Ban Thi đua – Khen thưởng")
                .contains("https://thidua.langson.gov.vn/proposals/" + s.proposal());
        assertThat(mailsTo(s.secondBoard())).as("its digest too").hasSize(2);
        assertThat(mailsTo(s.bloc().officer(1))).as("the digest is the board's").isEmpty();

        // again the same day: nothing; the next day: that day's digest only, the late notice was given
        reminders.remind(late, mail, authority);
        assertThat(mailsTo(s.bloc().board())).hasSize(2);
        reminders.remind(late.plusDays(1), mail, authority);
        assertThat(mailsTo(s.bloc().board()))
                .hasSize(3)
                .filteredOn(m -> subject(m).startsWith("Tổng hợp việc quá hạn"))
                .hasSize(2);
        assertThat(notifications.page(user(s.bloc().board())).notices())
                .extracting(Notice::kind)
                .containsExactly(NoticeKind.LATE);
    }

    @Test
    void aDaysRunIsClaimedOnceUnlessItsInstanceStoppedHalfWay() {
        LocalDate day = LocalDate.of(1990, 1, 2);
        Instant start = Instant.parse("1990-01-02T00:00:00Z");
        Duration hour = Duration.ofHours(1);
        assertThat(store.claimRun(day, "a", start, hour)).isTrue();
        assertThat(store.claimRun(day, "b", start.plus(Duration.ofMinutes(50)), hour))
                .as("a run under way")
                .isFalse();
        assertThat(store.claimRun(day, "b", start.plus(Duration.ofMinutes(70)), hour))
                .as("a run left unfinished")
                .isTrue();
        store.finishRun(day, 0, start.plus(Duration.ofMinutes(80)));
        assertThat(store.claimRun(day, "c", start.plus(Duration.ofHours(5)), hour))
                .as("a finished run")
                .isFalse();
    }

    @Test
    void theDaysRunStartsAtItsTimeByTheApplicationsClock() {
        try {
            // a day of its own, far from the other tests' days: at 06:59 nothing, from 07:00 the day's run, once
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime before = now.plusDays(500).with(LocalTime.of(6, 59)).withZoneSameInstant(now.getZone());
            testClock.advance(Duration.between(now, before));
            assertThat(reminders.runIfDue(mail)).isEmpty();
            testClock.advance(Duration.ofMinutes(2));
            assertThat(reminders.runIfDue(mail))
                    .hasValueSatisfying(n -> assertThat(n).isNotNegative());
            assertThat(reminders.runIfDue(mail)).contains(-1);
            assertThat(jdbc.sql("SELECT finished_at IS NOT NULL FROM reminder_run WHERE day = :d")
                            .param("d", before.toLocalDate())
                            .query(Boolean.class)
                            .single())
                    .isTrue();
        } finally {
            testClock.reset();
        }
    }

    @SafeVarargs
    private static List<Integer> race(Callable<Integer>... runners) throws Exception {
        CyclicBarrier start = new CyclicBarrier(runners.length);
        ExecutorService pool = Executors.newFixedThreadPool(runners.length);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> r : runners) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return r.call();
                }));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<MimeMessage> mailsTo(String username) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address(username)));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CurrentUser user(String username) {
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        return accounts.enabledAccount(id).orElseThrow();
    }

    private static String address(String username) {
        return username + "@thidua.test";
    }

    private static String day(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
