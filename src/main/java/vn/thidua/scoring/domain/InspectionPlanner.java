package vn.thidua.scoring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.thidua.org.domain.RuleViolation;

/**
 * The cross-inspection assignment of a bloc year: every member inspects exactly one other member and
 * is inspected exactly once; nobody inspects itself; above two members no two units inspect each
 * other; last year's pairs are avoided when another assignment allows it.
 */
public final class InspectionPlanner {

    /** Shuffles tried before settling for the assignment that repeats the fewest of last year's pairs. */
    private static final int ATTEMPTS = 200;

    private InspectionPlanner() {}

    /**
     * One cycle through a shuffled order of the members: a permutation without fixed points and,
     * above two members, without reciprocal pairs.
     */
    public static List<InspectionPair> plan(List<Long> members, Collection<InspectionPair> lastYear, Random random) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(members));
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("cross-inspection needs at least two members");
        }
        Set<InspectionPair> avoid = new HashSet<>(lastYear);
        List<InspectionPair> best = List.of(); // replaced by the first attempt: none repeats more than MAX_VALUE
        long bestRepeats = Long.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS && bestRepeats > 0; attempt++) {
            Collections.shuffle(distinct, random);
            List<InspectionPair> pairs = cycle(distinct);
            long repeats = pairs.stream().filter(avoid::contains).count();
            if (repeats < bestRepeats) {
                best = pairs;
                bestRepeats = repeats;
            }
        }
        return best;
    }

    private static List<InspectionPair> cycle(List<Long> order) {
        List<InspectionPair> pairs = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            pairs.add(new InspectionPair(order.get(i), order.get((i + 1) % order.size())));
        }
        return pairs;
    }

    /** Every broken rule of an assignment the leader edited; an empty list means it may open. */
    public static List<RuleViolation> check(Collection<Long> members, List<InspectionPair> pairs) {
        Set<Long> memberSet = new HashSet<>(members);
        List<RuleViolation> problems = new ArrayList<>();
        Map<Long, Integer> inspects = new HashMap<>();
        Map<Long, Integer> inspectedBy = new HashMap<>();
        Set<InspectionPair> seen = new HashSet<>();
        for (InspectionPair pair : pairs) {
            if (!memberSet.contains(pair.inspector()) || !memberSet.contains(pair.inspected())) {
                problems.add(new RuleViolation("pairs", "inspection.notMember", List.of()));
                continue;
            }
            if (pair.inspector() == pair.inspected()) {
                problems.add(new RuleViolation("pairs", "inspection.self", List.of(pair.inspector())));
            }
            if (memberSet.size() > 2 && seen.contains(pair.reversed())) {
                problems.add(new RuleViolation(
                        "pairs", "inspection.reciprocal", List.of(pair.inspector(), pair.inspected())));
            }
            seen.add(pair);
            inspects.merge(pair.inspector(), 1, Integer::sum);
            inspectedBy.merge(pair.inspected(), 1, Integer::sum);
        }
        for (Long member : memberSet) {
            int out = inspects.getOrDefault(member, 0);
            int in = inspectedBy.getOrDefault(member, 0);
            if (out != 1) {
                problems.add(new RuleViolation("pairs", "inspection.inspectsOnce", List.of(member, out)));
            }
            if (in != 1) {
                problems.add(new RuleViolation("pairs", "inspection.inspectedOnce", List.of(member, in)));
            }
        }
        return problems;
    }
}
