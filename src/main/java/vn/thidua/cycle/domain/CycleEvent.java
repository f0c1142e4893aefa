package vn.thidua.cycle.domain;

import java.time.Instant;

/** What a step of the year's cycle did; the store writes it in the step's transaction. */
public sealed interface CycleEvent
        permits CycleEvent.Launched,
                CycleEvent.LaunchEdited,
                CycleEvent.TargetsRegistered,
                CycleEvent.TargetsChanged,
                CycleEvent.CovenantSigned,
                CycleEvent.ConferenceRecorded,
                CycleEvent.ConferenceSigned {

    long blocYearId();

    String by();

    Instant at();

    record Launched(long blocYearId, String by, Instant at) implements CycleEvent {}

    record LaunchEdited(long blocYearId, long version, String by, Instant at) implements CycleEvent {}

    record TargetsRegistered(long blocYearId, long unitId, String by, Instant at) implements CycleEvent {}

    record TargetsChanged(long blocYearId, long unitId, long version, String by, Instant at) implements CycleEvent {}

    record CovenantSigned(long blocYearId, long unitId, String by, Instant at) implements CycleEvent {}

    /** {@code first}: no record yet, so it is inserted. */
    record ConferenceRecorded(long blocYearId, boolean first, String by, Instant at) implements CycleEvent {}

    record ConferenceSigned(long blocYearId, String by, Instant at) implements CycleEvent {}
}
