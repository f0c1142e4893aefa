package vn.thidua.reminders.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.reminders.Notifications;

/** The person's notices (/notifications): newest first, each linking to where the step is done; read marks; mail. */
@Controller
record NotificationPages(Notifications notifications) {

    @GetMapping("/notifications")
    String list(CurrentUser user, Model model) {
        model.addAttribute("view", notifications.page(user));
        return "reminders/notifications";
    }

    /** Marks the notice read and opens the page where its step is done. */
    @PostMapping("/notifications/{id}/open")
    String open(CurrentUser user, @PathVariable long id) {
        return "redirect:" + notifications.markRead(user, id);
    }

    @PostMapping("/notifications/{id}/read")
    String read(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        notifications.markRead(user, id);
        redirect.addFlashAttribute("saved", "Đã đánh dấu đã đọc.");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        int n = notifications.markAllRead(user);
        redirect.addFlashAttribute(
                "saved", n == 0 ? "Không còn thông báo chưa đọc." : "Đã đánh dấu đã đọc " + n + " thông báo.");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/mail")
    String mail(CurrentUser user, @RequestParam boolean muted, RedirectAttributes redirect) {
        notifications.setMailMuted(user, muted);
        redirect.addFlashAttribute(
                "saved",
                muted
                        ? "Đã tắt thư nhắc hạn. Thông báo trong phần mềm vẫn hiện ở biểu tượng chuông."
                        : "Đã bật thư nhắc hạn.");
        return "redirect:/notifications#mail";
    }
}
