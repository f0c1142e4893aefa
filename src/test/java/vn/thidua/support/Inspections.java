package vn.thidua.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cross-inspection of a bloc year as its leading unit sets it up through the API; each step must succeed. */
public final class Inspections {

    private Inspections() {}

    /** Each member inspects the next one in member order, and the last inspects the first. */
    public static List<Map<String, Long>> inACircle(BlocFixture.Bloc bloc) {
        List<Map<String, Long>> pairs = new ArrayList<>();
        for (int i = 0; i < bloc.units().size(); i++) {
            pairs.add(Map.of(
                    "inspector",
                    bloc.unit(i),
                    "inspected",
                    bloc.unit((i + 1) % bloc.units().size())));
        }
        return pairs;
    }

    /** The leader assigns the inspections {@link #inACircle in a circle}. */
    public static void assignInACircle(Api leader, BlocFixture.Bloc bloc) {
        leader.put(
                        bloc.path("/inspections"),
                        Api.json("pairs", inACircle(bloc), "version", BlocFixture.roundVersionOf(leader, bloc)))
                .expect(200);
    }

    /** The leader opens the inspections: from now on each inspector scores the unit it was given. */
    public static void open(Api leader, BlocFixture.Bloc bloc) {
        leader.post(bloc.path("/inspections/open"), BlocFixture.roundVersion(leader, bloc))
                .expect(200);
    }

    /** The leader assigns the inspections {@link #inACircle in a circle} and {@link #open opens} them. */
    public static void openInACircle(Api leader, BlocFixture.Bloc bloc) {
        assignInACircle(leader, bloc);
        open(leader, bloc);
    }
}
