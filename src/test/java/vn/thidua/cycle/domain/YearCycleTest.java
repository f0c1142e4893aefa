package vn.thidua.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class YearCycleTest {

    static final Instant NOW = Instant.parse("2025-02-01T02:00:00Z");
    static final long YEAR = 5;
    static final long UNIT = 21;

    static final CycleActor BOARD = new CycleActor("ban", true, null, false);
    static final CycleActor LEADER = new CycleActor("truong", false, 20L, true);
    static final CycleActor OFFICER = new CycleActor("donvi", false, UNIT, false);
    static final CycleActor OTHER = new CycleActor("khac", false, 22L, false);

    static YearCycle covenant(boolean launched, boolean registered, boolean signed) {
        return new YearCycle(YEAR, launched, new YearCycle.Covenant(UNIT, registered, signed), null);
    }

    static YearCycle conference(boolean recorded, boolean signed) {
        return new YearCycle(YEAR, true, null, new YearCycle.Conference(recorded, signed));
    }

    static void refused(Runnable step, CycleRefusal.Kind kind, String code) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(CycleRefusal.class, r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    void theLeaderOrTheBoardLaunchesAndLaterEditsTheLaunch() {
        assertThat(new YearCycle(YEAR, false, null, null).launch(LEADER, null, NOW))
                .isInstanceOf(CycleEvent.Launched.class);
        assertThat(new YearCycle(YEAR, true, null, null).launch(BOARD, 3L, NOW))
                .isEqualTo(new CycleEvent.LaunchEdited(YEAR, 3, "ban", NOW));
        refused(
                () -> new YearCycle(YEAR, false, null, null).launch(OFFICER, null, NOW),
                CycleRefusal.Kind.FORBIDDEN,
                "cycle.leaderOnly");
    }

    @Test
    void aUnitRegistersItsOwnTargetsOnlyOnceTheYearIsLaunchedAndUntilItSigns() {
        assertThat(covenant(true, false, false).registerTargets(OFFICER, null, NOW))
                .isInstanceOf(CycleEvent.TargetsRegistered.class);
        assertThat(covenant(true, true, false).registerTargets(OFFICER, 1L, NOW))
                .isInstanceOf(CycleEvent.TargetsChanged.class);

        refused(
                () -> covenant(false, false, false).registerTargets(OFFICER, null, NOW),
                CycleRefusal.Kind.WRONG_STATE,
                "covenant.notOpen");
        refused(
                () -> covenant(true, true, true).registerTargets(OFFICER, 2L, NOW),
                CycleRefusal.Kind.WRONG_STATE,
                "covenant.alreadySigned");
        refused(
                () -> covenant(true, false, false).registerTargets(LEADER, null, NOW),
                CycleRefusal.Kind.FORBIDDEN,
                "covenant.notYours");
        refused(
                () -> covenant(true, false, false).registerTargets(BOARD, null, NOW),
                CycleRefusal.Kind.FORBIDDEN,
                "covenant.notYours");
    }

    @Test
    void aUnitSignsItsRegisteredTargetsOnce() {
        assertThat(covenant(true, true, false).sign(OFFICER, NOW).unitId()).isEqualTo(UNIT);

        refused(
                () -> covenant(true, false, false).sign(OFFICER, NOW),
                CycleRefusal.Kind.WRONG_STATE,
                "covenant.noTargets");
        refused(
                () -> covenant(true, true, true).sign(OFFICER, NOW),
                CycleRefusal.Kind.WRONG_STATE,
                "covenant.alreadySigned");
        refused(() -> covenant(true, true, false).sign(OTHER, NOW), CycleRefusal.Kind.FORBIDDEN, "covenant.notYours");
    }

    @Test
    void theConferenceRecordChangesUntilItsMinutesAreSigned() {
        assertThat(conference(false, false).recordConference(LEADER, NOW).first())
                .isTrue();
        assertThat(conference(true, false).recordConference(BOARD, NOW).first()).isFalse();
        assertThat(conference(true, false).signConference(LEADER, NOW).by()).isEqualTo("truong");

        refused(
                () -> conference(true, true).recordConference(LEADER, NOW),
                CycleRefusal.Kind.WRONG_STATE,
                "conference.signed");
        refused(
                () -> conference(false, false).signConference(LEADER, NOW),
                CycleRefusal.Kind.WRONG_STATE,
                "conference.none");
        refused(
                () -> conference(true, true).signConference(LEADER, NOW),
                CycleRefusal.Kind.WRONG_STATE,
                "conference.signed");
        refused(
                () -> conference(true, false).recordConference(OFFICER, NOW),
                CycleRefusal.Kind.FORBIDDEN,
                "cycle.leaderOnly");
    }
}
