package vn.thidua.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringRoundTest {

    static final Instant NOW = Instant.parse("2025-01-10T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 1, 10);
    static final long YEAR = 7;
    static final long LEADER_UNIT = 1;
    static final long MEMBER_UNIT = 2;
    static final long OTHER_UNIT = 3;

    static final Actor BOARD = Actor.board("ban");
    static final Actor LEADER = Actor.officer("truong", LEADER_UNIT, true);
    static final Actor MEMBER = Actor.officer("thanhvien", MEMBER_UNIT, false);
    static final Actor READER = new Actor("hoidong", false, null, false);

    static ScoringRound scoring() {
        return new ScoringRound(YEAR, Stage.SCORING, false, null, null, 4);
    }

    static ScoringRound inspecting() {
        return new ScoringRound(YEAR, Stage.SCORING, true, null, null, 5);
    }

    static ScoringRound consolidated(LocalDate from, LocalDate until) {
        return new ScoringRound(YEAR, Stage.CONSOLIDATED, true, from, until, 6);
    }

    static ScoringRound locked() {
        return new ScoringRound(YEAR, Stage.LOCKED, true, TODAY.minusDays(5), TODAY.minusDays(1), 7);
    }

    static SheetState selfSheet(long unit, boolean submitted) {
        return new SheetState(10L, SheetKind.SELF, unit, unit, submitted, 2);
    }

    static SheetState inspection(long inspected, long inspector) {
        return new SheetState(11L, SheetKind.INSPECTION, inspected, inspector, false, 0);
    }

    static void refused(Runnable step, RoundRefusal.Kind kind, String code) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RoundRefusal.class, r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    void theLeaderAppliesATableUntilSomeoneScores() {
        RoundEvent.TemplateApplied applied = ScoringRound.apply(LEADER, YEAR, Optional.of(scoring()), false, 42, NOW);
        assertThat(applied.templateId()).isEqualTo(42);
        assertThat(applied.by()).isEqualTo("truong");

        refused(
                () -> ScoringRound.apply(LEADER, YEAR, Optional.of(scoring()), true, 42, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "round.template.inUse");
        refused(
                () -> ScoringRound.apply(LEADER, YEAR, Optional.of(inspecting()), false, 42, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "round.template.inUse");
        refused(
                () -> ScoringRound.apply(MEMBER, YEAR, Optional.empty(), false, 42, NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "round.leaderOnly");
    }

    @Test
    void theAssignmentChangesOnlyBeforeTheInspectionOpens() {
        List<InspectionPair> pairs = List.of(new InspectionPair(1, 2), new InspectionPair(2, 1));
        assertThat(scoring().assignInspections(BOARD, pairs, NOW).pairs()).isEqualTo(pairs);
        assertThat(scoring().openInspection(LEADER, 4, NOW).version()).isEqualTo(4);

        refused(
                () -> inspecting().assignInspections(LEADER, pairs, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "inspection.alreadyOpen");
        refused(
                () -> inspecting().openInspection(LEADER, 5, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "inspection.alreadyOpen");
        refused(() -> scoring().openInspection(MEMBER, 4, NOW), RoundRefusal.Kind.FORBIDDEN, "round.leaderOnly");
    }

    @Test
    void aUnitWritesItsOwnSelfScoreAndOnlyTheAssignedInspectorTheInspection() {
        RoundEvent.SheetSaved saved =
                scoring().saveSheet(MEMBER, SheetState.newSelfScore(MEMBER_UNIT), Map.of(), 0L, NOW);
        assertThat(saved.sheet().started()).isFalse();

        refused(
                () -> scoring().saveSheet(LEADER, selfSheet(MEMBER_UNIT, false), Map.of(), 2L, NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "sheet.notYours");
        refused(
                () -> scoring().saveSheet(BOARD, selfSheet(MEMBER_UNIT, false), Map.of(), 2L, NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "sheet.notYours");
        refused(
                () -> inspecting().saveSheet(MEMBER, inspection(MEMBER_UNIT, OTHER_UNIT), Map.of(), 0L, NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "sheet.notYours");
        assertThat(inspecting().saveSheet(MEMBER, inspection(OTHER_UNIT, MEMBER_UNIT), Map.of(), 0L, NOW))
                .isNotNull();
    }

    @Test
    void aSheetIsClosedBeforeTheInspectionOpensAfterItsSubmissionAndOnceConsolidated() {
        refused(
                () -> scoring().saveSheet(MEMBER, inspection(OTHER_UNIT, MEMBER_UNIT), Map.of(), 0L, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "inspection.notOpen");
        refused(
                () -> scoring().submitSheet(MEMBER, selfSheet(MEMBER_UNIT, true), 2, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "sheet.submitted");
        refused(
                () -> consolidated(TODAY, TODAY.plusDays(3))
                        .saveSheet(MEMBER, selfSheet(MEMBER_UNIT, false), Map.of(), 2L, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "sheet.closed");
        assertThat(scoring()
                        .submitSheet(MEMBER, selfSheet(MEMBER_UNIT, false), 2, NOW)
                        .version())
                .isEqualTo(2);
    }

    @Test
    void theLeaderSettlesOthersDiscrepanciesAndTheBoardTheLeaders() {
        BigDecimal points = new BigDecimal("7.5");
        assertThat(inspecting()
                        .resolve(LEADER, MEMBER_UNIT, 9, points, "minh chứng", NOW)
                        .points())
                .isEqualByComparingTo("7.5");
        assertThat(inspecting()
                        .resolve(BOARD, LEADER_UNIT, 9, points, "minh chứng", NOW)
                        .unitId())
                .isEqualTo(LEADER_UNIT);

        refused(
                () -> inspecting().resolve(LEADER, LEADER_UNIT, 9, points, "tự chốt", NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "round.ownUnit");
        refused(
                () -> inspecting().resolve(MEMBER, OTHER_UNIT, 9, points, "x", NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "round.leaderOnly");
        refused(
                () -> consolidated(TODAY, TODAY).resolve(LEADER, MEMBER_UNIT, 9, points, "x", NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "sheet.closed");
    }

    @Test
    void theConsolidationWaitsForEverySheetAndEveryDiscrepancyAndSaysAllItWaitsFor() {
        ScoringRound.Readiness waiting = new ScoringRound.Readiness(List.of("Sở A"), List.of("Sở B"), 2);
        assertThatThrownBy(() -> inspecting().consolidate(LEADER, waiting, TODAY, TODAY.plusDays(3), Map.of(), 5, NOW))
                .isInstanceOfSatisfying(RoundRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(RoundRefusal.Kind.WRONG_STATE);
                    assertThat(r.reasons())
                            .extracting(RoundRefusal.Reason::code)
                            .containsExactly(
                                    "consolidate.missingSelf",
                                    "consolidate.missingInspection",
                                    "consolidate.openDiscrepancies");
                    assertThat(r.reasons().get(0).args()).containsExactly("Sở A");
                });

        ScoringRound.Readiness ready = new ScoringRound.Readiness(List.of(), List.of(), 0);
        RoundEvent.Consolidated done =
                inspecting().consolidate(LEADER, ready, TODAY, TODAY.plusDays(3), Map.of(1L, Map.of()), 5, NOW);
        assertThat(done.objectionUntil()).isEqualTo(TODAY.plusDays(3));
        assertThat(done.version()).isEqualTo(5);

        refused(
                () -> consolidated(TODAY, TODAY).consolidate(LEADER, ready, TODAY, TODAY, Map.of(), 6, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "consolidate.notScoring");
        refused(
                () -> inspecting().consolidate(MEMBER, ready, TODAY, TODAY, Map.of(), 5, NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "round.leaderOnly");
    }

    @Test
    void aMemberObjectsOnlyWithinTheWindow() {
        ScoringRound open = consolidated(TODAY.minusDays(1), TODAY.plusDays(1));
        RoundEvent.ObjectionRaised raised = open.object(MEMBER, TODAY, 9L, "Xin xem lại", NOW);
        assertThat(raised.unitId()).isEqualTo(MEMBER_UNIT);

        refused(() -> open.object(BOARD, TODAY, null, "x", NOW), RoundRefusal.Kind.FORBIDDEN, "objection.membersOnly");
        refused(() -> open.object(READER, TODAY, null, "x", NOW), RoundRefusal.Kind.FORBIDDEN, "objection.membersOnly");
        assertThatThrownBy(() ->
                        consolidated(TODAY.minusDays(5), TODAY.minusDays(1)).object(MEMBER, TODAY, null, "x", NOW))
                .isInstanceOfSatisfying(RoundRefusal.class, r -> {
                    assertThat(r.code()).isEqualTo("objection.windowClosed");
                    assertThat(r.reasons().get(0).args()).containsExactly("05/01/2025 – 09/01/2025");
                });
        refused(
                () -> inspecting().object(MEMBER, TODAY, null, "x", NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "objection.windowClosed");
    }

    @Test
    void theLeaderAnswersOthersObjectionsOnce() {
        ScoringRound round = consolidated(TODAY.minusDays(1), TODAY.plusDays(1));
        ObjectionState open = new ObjectionState(30, MEMBER_UNIT, 9L, false, 0);
        RoundEvent.ObjectionAnswered answered = round.answer(LEADER, open, "Chấp nhận", BigDecimal.TEN, 0, NOW);
        assertThat(answered.points()).isEqualByComparingTo("10");

        refused(
                () -> round.answer(LEADER, new ObjectionState(31, MEMBER_UNIT, 9L, true, 1), "x", null, 1, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "objection.answered");
        refused(
                () -> round.answer(LEADER, new ObjectionState(32, LEADER_UNIT, null, false, 0), "x", null, 0, NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "round.ownUnit");
        refused(() -> round.answer(MEMBER, open, "x", null, 0, NOW), RoundRefusal.Kind.FORBIDDEN, "round.leaderOnly");
        refused(
                () -> locked().answer(LEADER, open, "x", null, 0, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "objection.notConsolidated");
    }

    @Test
    void theBoardLocksAfterTheWindowWithEveryObjectionAnswered() {
        assertThat(consolidated(TODAY.minusDays(5), TODAY.minusDays(1))
                        .lock(BOARD, TODAY, 0, 6, NOW)
                        .version())
                .isEqualTo(6);

        assertThatThrownBy(() -> consolidated(TODAY.minusDays(1), TODAY).lock(BOARD, TODAY, 1, 6, NOW))
                .isInstanceOfSatisfying(
                        RoundRefusal.class,
                        r -> assertThat(r.reasons())
                                .extracting(RoundRefusal.Reason::code)
                                .containsExactly("lock.windowOpen", "lock.openObjections"));
        refused(
                () -> consolidated(TODAY.minusDays(5), TODAY.minusDays(1)).lock(LEADER, TODAY, 0, 6, NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "round.boardOnly");
        refused(
                () -> inspecting().lock(BOARD, TODAY, 0, 5, NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "lock.notConsolidated");
    }

    @Test
    void afterTheLockOnlyTheBoardAdjusts() {
        assertThat(locked().adjust(BOARD, MEMBER_UNIT, 9, BigDecimal.ONE, "Phúc tra", NOW)
                        .reason())
                .isEqualTo("Phúc tra");

        refused(
                () -> locked().adjust(LEADER, MEMBER_UNIT, 9, BigDecimal.ONE, "x", NOW),
                RoundRefusal.Kind.FORBIDDEN,
                "round.boardOnly");
        refused(
                () -> consolidated(TODAY, TODAY).adjust(BOARD, MEMBER_UNIT, 9, BigDecimal.ONE, "x", NOW),
                RoundRefusal.Kind.WRONG_STATE,
                "adjust.notLocked");
    }
}
