package vn.thidua.proposals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Công khai lasts its days; in a year entered afterwards it took place outside the system and is over at once. */
class PublicCommentPeriodTest {

    static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    @Test
    void aPeriodIsOverOnlyAfterItsDays() {
        PublicCommentPeriod period = PublicCommentPeriod.starting(NOW, 7);
        assertThat(period.over(NOW)).isFalse();
        assertThat(period.over(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
        assertThat(period.over(NOW.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void aPeriodEnteredAfterwardsIsOverFromItsStart() {
        PublicCommentPeriod period = PublicCommentPeriod.afterwards(NOW);
        assertThat(period.from()).isEqualTo(NOW);
        assertThat(period.over(NOW)).isTrue();
    }
}
