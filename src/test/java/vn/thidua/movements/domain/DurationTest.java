package vn.thidua.movements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DurationTest {

    @Test
    void aCalendarYearIsOneYearAndADayMoreIsTheNextBand() {
        assertThat(Duration.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo(Duration.ONE_YEAR);
        assertThat(Duration.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .isEqualTo(Duration.ONE_TO_THREE);
        assertThat(Duration.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)))
                .isEqualTo(Duration.UNDER_ONE_YEAR);
    }

    @Test
    void threeAndFiveYearsStartTheirBands() {
        assertThat(Duration.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 30)))
                .isEqualTo(Duration.ONE_TO_THREE);
        assertThat(Duration.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)))
                .isEqualTo(Duration.THREE_TO_FIVE);
        assertThat(Duration.of(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 30)))
                .isEqualTo(Duration.THREE_TO_FIVE);
        assertThat(Duration.of(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)))
                .isEqualTo(Duration.FIVE_OR_MORE);
    }

    @Test
    void aLaunchIsRefusedOnceLaunchedAndAClosedMovementIsNotEdited() {
        assertThat(MovementStatus.DRAFT.refusesLaunch()).isEmpty();
        assertThat(MovementStatus.LAUNCHED.refusesLaunch()).contains("movement.launch.notDraft");
        assertThat(MovementStatus.DRAFT.refusesClose()).contains("movement.close.notLaunched");
        assertThat(MovementStatus.LAUNCHED.refusesClose()).isEmpty();
        assertThat(MovementStatus.CLOSED.refusesEdit()).contains("movement.edit.closed");
        assertThat(MovementStatus.LAUNCHED.refusesEdit()).isEmpty();
    }
}
