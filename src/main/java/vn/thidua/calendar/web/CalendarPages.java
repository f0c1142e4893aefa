package vn.thidua.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.calendar.CalendarFeeds;
import vn.thidua.calendar.CalendarService;
import vn.thidua.calendar.domain.ICalendar;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.SecurityMode;

/**
 * The calendar page (/calendar: the year's dates by month, the feed link made or changed there) and the feed itself,
 * under /public/ because a phone's calendar cannot sign in: its secret link is the only key, and answers 404 once
 * revoked.
 */
@Controller
record CalendarPages(CalendarService calendars, CalendarFeeds feeds, SecurityMode mode, Clock clock) {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    @GetMapping("/calendar")
    String calendar(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("view", calendars.calendar(user, year));
        return "calendar/calendar";
    }

    /** Makes the person's feed link (revoking the one it had) and shows it once. */
    @PostMapping("/calendar/feed")
    String issue(CurrentUser user, RedirectAttributes redirect) {
        String token = feeds.issue(user);
        redirect.addFlashAttribute("feedUrl", mode.publicBaseUrl() + feedPath(token));
        return "redirect:/calendar#feed";
    }

    @GetMapping("/public/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        CurrentUser owner = feeds.owner(token);
        String body = ICalendar.feed(
                "Lịch thi đua – " + owner.fullName(), calendars.feed(owner), clock.instant(), mode.publicBaseUrl());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"lich-thi-dua.ics\"")
                .body(body);
    }

    static String feedPath(String token) {
        return "/public/calendar/" + token + ".ics";
    }
}
