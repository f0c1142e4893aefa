package vn.thidua.accounts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.ActivationLinks;

/**
 * Mails a one-time link to its person when mail is configured ({@code spring.mail.host}) and the
 * account has an address. A mail that cannot be sent is not a failed write: the link is shown to
 * whoever created the account, who can hand it over another way.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    AccountMail(ObjectProvider<JavaMailSender> sender, @Value("${thidua.mail.from:}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean sendLink(AccountView account, ActivationLinks.IssuedLink link) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || account.email() == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        if (!from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(account.email());
        message.setSubject("Tài khoản phần mềm Thi đua – Khen thưởng: đặt mật khẩu");
        message.setText(
                """
                Kính gửi %s,

                Tài khoản "%s" của bạn trên phần mềm Thi đua – Khen thưởng đã sẵn sàng. Để đặt mật khẩu, mở liên kết
                sau (dùng được một lần, đến %s):

                %s

                Nếu bạn không đề nghị tài khoản này, hãy bỏ qua thư và báo cho Ban Thi đua – Khen thưởng.
                """.formatted(account.fullName(), account.username(), WHEN.format(link.expiresAt()), link.url()));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Activation mail to account {} not sent: {}", account.username(), e.getMessage());
            return false;
        }
    }
}
