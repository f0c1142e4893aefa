package vn.thidua.reminders;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.thidua.reminders.domain.NoticeKind;

/** One notice of a person's bell: what step, of which bloc, who acts, by when, where it is done, read or not. */
public record Notice(
        long id,
        String entryKey,
        NoticeKind kind,
        String title,
        String blocName,
        String who,
        LocalDate dueOn,
        String path,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public boolean late() {
        return kind == NoticeKind.LATE;
    }
}
