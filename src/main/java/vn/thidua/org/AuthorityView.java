package vn.thidua.org;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A province or ministry: its successor if it was merged (from {@code mergedOn}, by {@code mergerBasis}),
 * the authorities merged into it, and the names it bore before its renames.
 */
public record AuthorityView(
        long id,
        String code,
        String name,
        AuthorityKind kind,
        Long successorId,
        String successorName,
        LocalDate mergedOn,
        String note,
        String mergerBasis,
        List<Predecessor> predecessors,
        List<FormerName> formerNames) {

    public AuthorityView {
        predecessors = List.copyOf(predecessors);
        formerNames = formerNames.stream()
                .sorted(Comparator.comparing(FormerName::renamedOn))
                .toList();
    }

    /** An authority merged into this one, from its date. */
    public record Predecessor(long id, String name, LocalDate mergedOn, String legalBasis) {}

    /** A name borne until the day before {@code renamedOn} (since {@code from}, the previous rename, if any). */
    public record FormerName(String name, LocalDate from, LocalDate renamedOn, String legalBasis) {

        public LocalDate until() {
            return renamedOn.minusDays(1);
        }
    }

    /** The same authority under the name it bears on a document's day (its own former name, or its successor's). */
    public AuthorityView named(String nameOfTheDay) {
        return with(nameOfTheDay, predecessors, formerNames);
    }

    /** The same authority with its history: the authorities merged into it and the names it bore. */
    public AuthorityView withHistory(List<Predecessor> mergedIn, List<FormerName> namesBorne) {
        return with(name, mergedIn, namesBorne);
    }

    /** This authority as a predecessor of the one it was merged into. */
    public Predecessor asPredecessor() {
        return new Predecessor(id, name, mergedOn, mergerBasis);
    }

    private AuthorityView with(String newName, List<Predecessor> mergedIn, List<FormerName> namesBorne) {
        return new AuthorityView(
                id, code, newName, kind, successorId, successorName, mergedOn, note, mergerBasis, mergedIn, namesBorne);
    }

    public boolean merged() {
        return successorId != null;
    }

    /** The name borne on a day (the present name after the last rename). */
    public String nameOn(LocalDate day) {
        return formerNames.stream()
                .filter(f -> f.renamedOn().isAfter(day))
                .findFirst()
                .map(FormerName::name)
                .orElse(name);
    }

    /** The day of the last change recorded (a rename), before which no later change may be dated. */
    public LocalDate lastRenamedOn() {
        return formerNames.isEmpty()
                ? null
                : formerNames.get(formerNames.size() - 1).renamedOn();
    }
}
