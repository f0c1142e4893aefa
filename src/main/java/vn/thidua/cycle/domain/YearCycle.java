package vn.thidua.cycle.domain;

import java.time.Instant;

/**
 * Where a bloc year's cycle stands, as its steps need it: launched or not, one unit's covenant
 * (registered, signed), the conference record (kept, signed). The leader (or the board) launches and
 * keeps the conference record until its minutes are signed; each member registers its own targets
 * once the year is launched and signs them, after which they no longer change.
 */
public record YearCycle(long blocYearId, boolean launched, Covenant covenant, Conference conference) {

    /** One member's covenant: neither registered nor signed while the unit has written nothing. */
    public record Covenant(long unitId, boolean registered, boolean signed) {}

    public record Conference(boolean recorded, boolean signed) {}

    /** The launch, first or edited (the edit claims the version read). */
    public CycleEvent launch(CycleActor actor, Long readVersion, Instant at) {
        actor.requireLeaderOrBoard();
        return launched
                ? new CycleEvent.LaunchEdited(blocYearId, readVersion, actor.username(), at)
                : new CycleEvent.Launched(blocYearId, actor.username(), at);
    }

    public CycleEvent registerTargets(CycleActor actor, Long readVersion, Instant at) {
        actor.requireOfficerOf(covenant.unitId());
        if (!launched) {
            throw CycleRefusal.wrongState("covenant.notOpen");
        }
        if (covenant.signed()) {
            throw CycleRefusal.wrongState("covenant.alreadySigned");
        }
        return covenant.registered()
                ? new CycleEvent.TargetsChanged(blocYearId, covenant.unitId(), readVersion, actor.username(), at)
                : new CycleEvent.TargetsRegistered(blocYearId, covenant.unitId(), actor.username(), at);
    }

    public CycleEvent.CovenantSigned sign(CycleActor actor, Instant at) {
        actor.requireOfficerOf(covenant.unitId());
        if (!covenant.registered()) {
            throw CycleRefusal.wrongState("covenant.noTargets");
        }
        if (covenant.signed()) {
            throw CycleRefusal.wrongState("covenant.alreadySigned");
        }
        return new CycleEvent.CovenantSigned(blocYearId, covenant.unitId(), actor.username(), at);
    }

    public CycleEvent.ConferenceRecorded recordConference(CycleActor actor, Instant at) {
        actor.requireLeaderOrBoard();
        if (conference.signed()) {
            throw CycleRefusal.wrongState("conference.signed");
        }
        return new CycleEvent.ConferenceRecorded(blocYearId, !conference.recorded(), actor.username(), at);
    }

    /** Signing the minutes locks the record. */
    public CycleEvent.ConferenceSigned signConference(CycleActor actor, Instant at) {
        actor.requireLeaderOrBoard();
        if (!conference.recorded()) {
            throw CycleRefusal.wrongState("conference.none");
        }
        if (conference.signed()) {
            throw CycleRefusal.wrongState("conference.signed");
        }
        return new CycleEvent.ConferenceSigned(blocYearId, actor.username(), at);
    }
}
