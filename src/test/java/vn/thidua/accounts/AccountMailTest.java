package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.thidua.platform.security.ActivationLinks;
import vn.thidua.platform.security.Role;

/** The activation mail through a real SMTP server (GreenMail) started here. */
class AccountMailTest {

    /** Any moment: only the first test reads the link's expiry, and it sets its own. */
    private static final Instant SENT = Instant.parse("2026-12-05T10:00:00Z");

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private AccountMail mailThrough(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mail", sender);
        return new AccountMail(beans.getBeanProvider(JavaMailSender.class), "thidua@langson.gov.vn");
    }

    private static AccountView account(String email) {
        return new AccountView(
                7,
                "binh.taichinh",
                "Lê Thị Bình",
                Role.UNIT_OFFICER,
                1L,
                "Tỉnh Lạng Sơn",
                2L,
                "Sở Tài chính",
                null,
                null,
                email,
                true,
                false,
                false,
                false,
                false,
                SENT);
    }

    @Test
    void mailsTheLinkInVietnameseToThePersonsAddress() throws Exception {
        var link = new ActivationLinks.IssuedLink(
                "https://thidua.langson.gov.vn/activate/abc", Instant.parse("2026-12-06T10:00:00Z"));
        assertThat(mailThrough(smtp.getSmtp().getPort()).sendLink(account("binh@langson.gov.vn"), link))
                .isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("binh@langson.gov.vn");
        assertThat(received[0].getSubject()).isEqualTo("Tài khoản phần mềm Thi đua – Khen thưởng: đặt mật khẩu");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        String text = (String) received[0].getContent();
        assertThat(text)
                .contains(
                        "Kính gửi Lê Thị Bình",
                        "binh.taichinh",
                        "https://thidua.langson.gov.vn/activate/abc",
                        "17:00 ngày 06/12/2026");
    }

    @Test
    void sendsNothingWithoutAnAddressAndSaysSo() {
        var link = new ActivationLinks.IssuedLink("https://x/activate/abc", SENT);
        assertThat(mailThrough(smtp.getSmtp().getPort()).sendLink(account(null), link))
                .isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerIsNotAFailedWrite() {
        var link = new ActivationLinks.IssuedLink("https://x/activate/abc", SENT);
        int closed = smtp.getSmtp().getPort();
        smtp.stop();
        assertThat(mailThrough(closed).sendLink(account("binh@langson.gov.vn"), link))
                .isFalse();
    }
}
