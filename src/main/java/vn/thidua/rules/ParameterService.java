package vn.thidua.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.org.AuthorityService;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.domain.LegalInstrument;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterCsv;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.rules.domain.ParameterTable;
import vn.thidua.rules.internal.ParameterStore;

/**
 * The dated legal parameters: national values from rules/legal-parameters.csv, edited by an
 * administrator; a province's or ministry's own values added and edited by its board. Every change
 * is audited with who, when, old and new value, and why.
 */
@Service
public class ParameterService {

    private final ParameterStore store;
    private final Checks checks;
    private final Messages messages;
    private final List<LegalInstrument> instruments;
    private final AuthorityService authorities;
    /** The table as of a generation of {@code legal_parameter} (V13), shared by the requests of this instance. */
    private final AtomicReference<Generation> cached = new AtomicReference<>();
    /** Outside transactions (a screening's workers) the generation is read at most this often. */
    private static final long UNBOUND_CHECK_NANOS = 1_000_000_000L;

    private final Object transactionKey = new Object();
    private final Object writtenKey = new Object();

    private record Generation(long number, ParameterTable table, long checkedAt) {}

    private final AuditLog audit;

    ParameterService(
            ParameterStore store, Checks checks, Messages messages, AuthorityService authorities, AuditLog audit) {
        this.audit = audit;
        this.authorities = authorities;
        this.store = store;
        this.checks = checks;
        this.messages = messages;
        this.instruments = ParameterCsv.instruments(resource("rules/legal-instruments.csv"));
    }

    /** The national catalogue as shipped (also read by the plain-Java tests). */
    public static List<Parameter> catalogue() {
        return ParameterCsv.parameters(resource("rules/legal-parameters.csv"));
    }

    /** The law and the decree in force on a day, from the catalogue of instruments (for documents' legal grounds). */
    public List<LegalInstrument> instrumentsInForce(LocalDate day) {
        return instruments.stream()
                .filter(i -> i.kind() != LegalInstrument.Kind.POWERS && i.inForceOn(day))
                .toList();
    }

    /** Whether the commune chair decides, on that day, what the district chair did (legal-instruments.csv). */
    public boolean communeHoldsDistrictPowers(LocalDate day) {
        return instruments.stream()
                .anyMatch(i -> i.code().equals(LegalInstrument.COMMUNE_HOLDS_DISTRICT_POWERS) && i.inForceOn(day));
    }

    /** Brings the national parameters to this release's catalogue (rows a board edited stay as they are). */
    @Transactional
    public ParameterStore.CatalogueSync loadCatalogue() {
        ParameterStore.CatalogueSync sync = store.syncNational(catalogue());
        forgetTableAfterCommit();
        return sync;
    }

    /**
     * The parameters in force, as committed by any instance: within a transaction (every decision:
     * a vote, a proposal, a quota) the generation is read once, so the whole decision uses one
     * table and a change committed elsewhere before it began is in it; outside one, at most a second old.
     */
    public ParameterTable table() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            Generation current = cached.get();
            if (current != null && System.nanoTime() - current.checkedAt() < UNBOUND_CHECK_NANOS) {
                return current.table();
            }
            return tableAt(store.generation(), true);
        }
        ParameterTable bound = (ParameterTable) TransactionSynchronizationManager.getResource(transactionKey);
        if (bound != null) {
            return bound;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // nothing would unbind it (e.g. after the commit): read without binding
            return tableAt(store.generation(), false);
        }
        // a transaction that changed parameters sees its own rows, which no other request may share
        ParameterTable table = tableAt(store.generation(), !TransactionSynchronizationManager.hasResource(writtenKey));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(transactionKey);
            }
        });
        TransactionSynchronizationManager.bindResource(transactionKey, table);
        return table;
    }

    /** Read the generation first, then the rows: rows newer than their generation only cause one more reload. */
    private ParameterTable tableAt(long generation, boolean share) {
        Generation current = cached.get();
        if (current != null && current.number() == generation) {
            if (share) {
                cached.compareAndSet(current, new Generation(generation, current.table(), System.nanoTime()));
            }
            return current.table();
        }
        ParameterTable table = new ParameterTable(store.domain(), instruments);
        if (share) {
            cached.set(new Generation(generation, table, System.nanoTime()));
        }
        return table;
    }

    @Transactional(readOnly = true)
    public List<ParameterView> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public ParameterView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(messages.get("parameter.notFound", id)));
    }

    @Transactional(readOnly = true)
    public List<ParameterView.Change> changes(long id) {
        get(id);
        return store.changes(id);
    }

    public boolean canEdit(CurrentUser user, ParameterView p) {
        return user.isAdmin() || (p.authorityId() != null && user.isBoardOf(p.authorityId()));
    }

    @Transactional
    public ParameterView update(CurrentUser user, long id, ParameterCommand command) {
        ParameterView current = get(id);
        if (!canEdit(user, current)) {
            throw new AccessDeniedException("may not edit parameter " + id);
        }
        Checks.Collector check = checks.of(command);
        checkValue(check, current.key(), command.value());
        check.throwIfInvalid();
        long version = command.version() == null ? current.version() : command.version();
        boolean verified = command.verified() == null ? current.verified() : command.verified();
        String note = command.note() == null ? current.note() : blankToNull(command.note());
        if (!store.update(id, command.value(), verified, note, version)) {
            throw new OptimisticLockingFailureException("parameter " + id + " changed");
        }
        store.audit(
                id,
                user.username(),
                current.value(),
                command.value(),
                current.verified(),
                verified,
                command.reason().trim());
        forgetTableAfterCommit();
        audit.record(AuditEvent.by(
                user,
                AuditAction.PARAMETER_CHANGED,
                current.authorityId(),
                "tham số " + current.key().name(),
                current.value().toPlainString() + " → "
                        + command.value().toPlainString()
                        + (verified != current.verified() ? (verified ? "; đã xác minh" : "; bỏ xác minh") : "")
                        + "; lý do: " + command.reason().trim()));
        return get(id);
    }

    /** A province's or ministry's own value (quy chế), in force over the national one for its questions. */
    @Transactional
    public ParameterView addRegional(CurrentUser user, ParameterCommand command) {
        Checks.Collector check = checks.of(command);
        ParameterKey key = null;
        try {
            key = ParameterKey.valueOf(String.valueOf(command.key()));
        } catch (IllegalArgumentException e) {
            check.reject("key", "parameter.key.unknown", String.valueOf(command.key()));
        }
        if (key != null && !ParameterKey.REGIONAL.contains(key)) {
            check.reject("key", "parameter.key.national", key.name());
        }
        if (key != null) {
            checkValue(check, key, command.value());
        }
        if (command.authorityId() == null) {
            check.reject("authorityId", "parameter.authority.required");
        } else if (!user.isAdmin() && !user.isBoardOf(command.authorityId())) {
            throw new AccessDeniedException("not the board of " + command.authorityId());
        } else {
            authorities.get(command.authorityId());
        }
        if (command.validFrom() == null) {
            check.reject("validFrom", "parameter.validFrom.required");
        } else if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
            check.reject("validTo", "parameter.validTo.beforeFrom");
        }
        if (command.instrument() == null || command.instrument().isBlank()) {
            check.reject("instrument", "parameter.instrument.required");
        }
        check.throwIfInvalid();
        ParameterView row = new ParameterView(
                0,
                key,
                command.value(),
                command.validFrom(),
                command.validTo(),
                command.authorityId(),
                null,
                command.instrument().trim(),
                blankToNull(command.article()),
                blankToNull(command.clause()),
                blankToNull(command.point()),
                Boolean.TRUE.equals(command.verified()),
                blankToNull(command.note()),
                0);
        long id;
        try {
            id = store.insert(row);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(new Violation("validFrom", messages.get("parameter.exists"))));
        }
        store.audit(
                id,
                user.username(),
                null,
                command.value(),
                null,
                Boolean.TRUE.equals(command.verified()),
                command.reason().trim());
        forgetTableAfterCommit();
        audit.record(AuditEvent.by(
                user,
                AuditAction.PARAMETER_CHANGED,
                command.authorityId(),
                "tham số " + key.name(),
                "giá trị riêng của cơ quan " + command.value().toPlainString() + " từ " + command.validFrom()
                        + "; lý do: " + command.reason().trim()));
        return get(id);
    }

    /** A share lies between 0 and 1; a count is a whole number. */
    private static void checkValue(Checks.Collector check, ParameterKey key, BigDecimal value) {
        if (value == null || check.hasErrorOn("value")) {
            return;
        }
        if (key.isShare() && (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            // a share of 0 would pass everyone (or no one) without saying so: the law's shares are above 0
            check.reject("value", "parameter.value.share");
        } else if (!key.isShare() && value.stripTrailingZeros().scale() > 0) {
            check.reject("value", "parameter.value.whole");
        } else if (key.isPeriod() && value.signum() <= 0) {
            check.reject("value", "parameter.value.period");
        }
    }

    /** This transaction's later reads see its own rows; other requests reload by the generation the trigger bumped. */
    private void forgetTableAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.unbindResourceIfPossible(transactionKey);
            if (!TransactionSynchronizationManager.hasResource(writtenKey)) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(writtenKey);
                    }
                });
                TransactionSynchronizationManager.bindResource(writtenKey, Boolean.TRUE);
            }
        }
    }

    private static InputStream resource(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
