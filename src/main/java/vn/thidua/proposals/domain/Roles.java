package vn.thidua.proposals.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the signed-in user really is to one proposal: the roles it holds (a board proposing is both
 * proposer and board) and the candidates whose unit it is the officer of. Every step of the
 * aggregate is asked with these, never with the step's own actor, so "not your step" can happen.
 */
public record Roles(Set<Actor> held, Set<Long> ownCandidates) {

    public Roles {
        held = held.isEmpty() ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(held);
        ownCandidates = Set.copyOf(ownCandidates);
    }

    public static Roles of(Actor... actors) {
        return new Roles(actors.length == 0 ? Set.of() : EnumSet.of(actors[0], actors), Set.of());
    }

    /** The officer of the units of these candidates, and nothing else. */
    public static Roles candidateUnitOf(Long... candidates) {
        return new Roles(Set.of(), Set.of(candidates));
    }

    public boolean has(Actor actor) {
        return held.contains(actor);
    }

    public boolean owns(long candidateId) {
        return ownCandidates.contains(candidateId);
    }
}
