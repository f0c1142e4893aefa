package vn.thidua.rules.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** All dated parameters and instruments; answers which ones are in force on a date for an authority. */
public final class ParameterTable {

    private final List<Parameter> parameters;
    private final List<LegalInstrument> instruments;
    private final Map<LocalDate, Map<Long, Snapshot>> snapshots = new ConcurrentHashMap<>();
    private static final Long NATIONAL = -1L;
    /** Every day on which some value or instrument starts or stops applying, in order. */
    private final LocalDate[] changes;

    public ParameterTable(List<Parameter> parameters, List<LegalInstrument> instruments) {
        this.parameters = List.copyOf(parameters);
        this.instruments = List.copyOf(instruments);
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.MIN);
        for (Parameter p : parameters) {
            days.add(p.validFrom());
            if (p.validTo() != null) {
                days.add(p.validTo().plusDays(1));
            }
        }
        for (LegalInstrument i : instruments) {
            days.add(i.validFrom());
            if (i.validTo() != null) {
                days.add(i.validTo().plusDays(1));
            }
        }
        this.changes = days.toArray(LocalDate[]::new);
    }

    public List<Parameter> all() {
        return parameters;
    }

    public List<LegalInstrument> instruments() {
        return instruments;
    }

    /** A question about year Y is answered under the instruments and values in force on 31 December of Y. */
    public Parameters forYear(int year, Long authorityId) {
        return at(yearEnd(year), authorityId);
    }

    private static final LocalDate[] YEAR_ENDS = new LocalDate[300];

    private static LocalDate yearEnd(int year) {
        int i = year - 1900;
        if (i < 0 || i >= YEAR_ENDS.length) {
            return LocalDate.of(year, 12, 31);
        }
        LocalDate end = YEAR_ENDS[i];
        if (end == null) {
            end = LocalDate.of(year, 12, 31);
            YEAR_ENDS[i] = end;
        }
        return end;
    }

    /**
     * The values in force on a day. Days between two changes of the table share one snapshot, so that any
     * day a question names (a proposal's consideration date) costs no more memory than the table's own dates.
     */
    public Parameters at(LocalDate date, Long authorityId) {
        LocalDate since = lastChangeOnOrBefore(date);
        return snapshots
                .computeIfAbsent(since, d -> new ConcurrentHashMap<>())
                .computeIfAbsent(authorityId == null ? NATIONAL : authorityId, a -> snapshot(since, authorityId));
    }

    private LocalDate lastChangeOnOrBefore(LocalDate date) {
        int i = Arrays.binarySearch(changes, date);
        return changes[i >= 0 ? i : -i - 2];
    }

    private final Map<LocalDate, Regime> regimes = new ConcurrentHashMap<>();

    /**
     * The law and decree in force on a day (asked for every earlier title of a history: kept per change of the table).
     */
    public Regime regimeOn(LocalDate date) {
        return regimes.computeIfAbsent(
                lastChangeOnOrBefore(date),
                since -> new Regime(
                        inForce(LegalInstrument.Kind.LAW, since), inForce(LegalInstrument.Kind.DECREE, since)));
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
        String[] citations = new String[values.length];
        Integer[] counts = new Integer[values.length];
        Double[] shares = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                citations[i] = values[i].basis().answerCitation();
                counts[i] = values[i].intValue();
                shares[i] = values[i].doubleValue();
            }
        }
        return new Snapshot(values, citations, counts, shares, regimeOn(date), this);
    }

    private @Nullable LegalInstrument inForce(LegalInstrument.Kind kind, LocalDate date) {
        return instruments.stream()
                .filter(i -> i.kind() == kind && i.inForceOn(date))
                .findFirst()
                .orElse(null);
    }

    private record Snapshot(
            Parameter[] values,
            String[] citations,
            Integer[] counts,
            Double[] shares,
            Regime regime,
            ParameterTable table)
            implements Parameters {

        @Override
        public Regime regimeOn(LocalDate date) {
            return table.regimeOn(date);
        }

        @Override
        public Integer count(ParameterKey key) {
            return counts[key.ordinal()];
        }

        @Override
        public Double share(ParameterKey key) {
            return shares[key.ordinal()];
        }

        @Override
        public Parameter get(ParameterKey key) {
            return values[key.ordinal()];
        }

        @Override
        public String citation(ParameterKey key) {
            return citations[key.ordinal()];
        }
    }
}
