package vn.thidua.rules.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** All dated parameters and instruments; answers which ones are in force on a date for an authority. */
public final class ParameterTable {

    private final List<Parameter> parameters;
    private final List<LegalInstrument> instruments;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    public ParameterTable(List<Parameter> parameters, List<LegalInstrument> instruments) {
        this.parameters = List.copyOf(parameters);
        this.instruments = List.copyOf(instruments);
    }

    public List<Parameter> all() {
        return parameters;
    }

    public List<LegalInstrument> instruments() {
        return instruments;
    }

    /** A question about year Y is answered under the instruments and values in force on 31 December of Y. */
    public Parameters forYear(int year, Long authorityId) {
        return at(LocalDate.of(year, 12, 31), authorityId);
    }

    public Parameters at(LocalDate date, Long authorityId) {
        return snapshots.computeIfAbsent(date + "/" + authorityId, k -> snapshot(date, authorityId));
    }

    private Snapshot snapshot(LocalDate date, Long authorityId) {
        Parameter[] values = new Parameter[ParameterKey.values().length];
        for (Parameter p : parameters) {
            if (!p.validOn(date)) {
                continue;
            }
            boolean own = p.authorityId() != null && p.authorityId().equals(authorityId);
            boolean national = p.authorityId() == null;
            Parameter current = values[p.key().ordinal()];
            if (own || (national && (current == null || current.authorityId() == null))) {
                values[p.key().ordinal()] = p;
            }
        }
        return new Snapshot(values, new Regime(inForce(LegalInstrument.Kind.LAW, date), inForce(LegalInstrument.Kind.DECREE, date)));
    }

    private LegalInstrument inForce(LegalInstrument.Kind kind, LocalDate date) {
        return instruments.stream().filter(i -> i.kind() == kind && i.inForceOn(date)).findFirst().orElse(null);
    }

    private record Snapshot(Parameter[] values, Regime regime) implements Parameters {
        @Override
        public Parameter get(ParameterKey key) {
            return values[key.ordinal()];
        }
    }
}
