package vn.thidua.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import vn.thidua.accounts.AccountView;
import vn.thidua.calendar.domain.CalendarEntry;
import vn.thidua.platform.security.SecurityMode;
import vn.thidua.reminders.domain.NoticeKind;

/**
 * The reminder mails, plain Vietnamese text with links built on the address people reach the application at
 * ({@code thidua.security.public-base-url}) and sent from {@code thidua.mail.from}, as the accounts' mails are. A mail
 * that cannot be sent is logged: the notice stays in the bell.
 */
@Component
class ReminderMails {

    private static final Logger log = LoggerFactory.getLogger(ReminderMails.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SecurityMode mode;
    private final String from;

    ReminderMails(SecurityMode mode, @Value("${thidua.mail.from:}") String from) {
        this.mode = mode;
        this.from = from;
    }

    boolean notices(MailSender mail, AccountView to, List<Notice> notices) {
        StringBuilder body = new StringBuilder("Kính gửi " + to.fullName() + ",\n\n");
        body.append(
                notices.size() == 1
                        ? "Có một việc thi đua – khen thưởng cần bạn thực hiện:\n\n"
                        : "Có " + notices.size() + " việc thi đua – khen thưởng cần bạn thực hiện:\n\n");
        for (Notice n : notices) {
            body.append("- ")
                    .append(n.kind() == NoticeKind.LATE ? "QUÁ HẠN từ ngày " : "Hạn, ngày ")
                    .append(DAY.format(n.dueOn()))
                    .append(": ")
                    .append(n.title())
                    .append("\n  ")
                    .append(n.blocName())
                    .append("\n  Thực hiện: ")
                    .append(n.who())
                    .append("\n  ")
                    .append(link(n.path()))
                    .append("\n\n");
        }
        body.append(footer());
        boolean late = notices.stream().anyMatch(Notice::late);
        return send(
                mail,
                to,
                (late ? "Quá hạn" : "Nhắc hạn") + " thi đua – khen thưởng: "
                        + (notices.size() == 1 ? notices.get(0).title() : notices.size() + " việc cần thực hiện"),
                body.toString());
    }

    boolean digest(MailSender mail, AccountView to, LocalDate day, List<CalendarEntry> late) {
        StringBuilder body = new StringBuilder("Kính gửi " + to.fullName() + ",\n\n");
        body.append("Tổng hợp ngày ")
                .append(DAY.format(day))
                .append(": ")
                .append(late.size())
                .append(" việc đã quá hạn mà chưa thực hiện.\n\n");
        for (CalendarEntry e : late) {
            body.append("- ")
                    .append(e.blocName())
                    .append(": ")
                    .append(e.title())
                    .append("\n  Hạn ngày ")
                    .append(DAY.format(e.end()))
                    .append("; chậm: ")
                    .append(e.who())
                    .append("\n  ")
                    .append(link(e.path()))
                    .append("\n\n");
        }
        body.append(footer());
        return send(
                mail,
                to,
                "Tổng hợp việc quá hạn thi đua – khen thưởng ngày " + DAY.format(day) + " (" + late.size() + " việc)",
                body.toString());
    }

    private String link(String path) {
        return mode.publicBaseUrl() + path;
    }

    private String footer() {
        return "Xem tất cả thông báo: " + link("/notifications")
                + "\nKhông muốn nhận thư nhắc hạn? Tắt ở trang Thông báo (thông báo trong phần mềm vẫn giữ).\n";
    }

    private boolean send(MailSender mail, AccountView to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        if (!from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(to.email());
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Reminder mail to account {} not sent: {}", to.username(), e.getMessage());
            return false;
        }
    }
}
