package vn.thidua.reminders.web;

import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.reminders.Notifications;
import vn.thidua.reminders.Reminders;

/**
 * The bell's unread count, asked by the layout ({@code ${@notificationBell.unread(currentUser)}}) only when a page is
 * drawn with it, so that API calls and files pay nothing.
 */
@Component("notificationBell")
public record NotificationBell(Notifications notifications) {

    public int unread(CurrentUser user) {
        return notifications.unread(user);
    }

    public boolean shown(CurrentUser user) {
        return Reminders.NOTIFIED.contains(user.role());
    }
}
