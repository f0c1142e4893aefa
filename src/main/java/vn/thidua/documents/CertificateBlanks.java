package vn.thidua.documents;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.domain.BlankLayout;
import vn.thidua.documents.domain.BlankLayout.Placement;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.documents.internal.BlankStore;
import vn.thidua.documents.render.BlankWriter;
import vn.thidua.documents.render.CertificateWriter;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;

/**
 * The layouts of an authority's pre-printed blanks: read (the saved one, or the standard A4 start),
 * saved by its board with the version it read, printed as a calibration page, and used to print a
 * batch onto the blanks.
 */
@Service
public class CertificateBlanks {

    /** Measures as typed: digits with at most one decimal after a comma or a point. */
    private static final Pattern MEASURE = Pattern.compile("\\d{1,3}([.,]\\d)?");

    private final BlankStore store;
    private final Checks checks;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    CertificateBlanks(BlankStore store, Checks checks, Messages messages, AuditLog audit, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The layout in use and its version (0 while the standard one was never saved). */
    public BlankStore.Saved layout(CurrentUser user, Certificate.Kind kind) {
        return store.find(authorityOf(user), kind).orElseGet(() -> new BlankStore.Saved(BlankLayout.standard(kind), 0));
    }

    @Transactional
    public BlankLayout save(CurrentUser user, BlankRequest request) {
        long authority = authorityOf(user);
        if (request.version() == null) {
            throw checks.refusal("version", "problem.versionRequired");
        }
        BlankLayout layout = parse(request);
        if (!store.save(authority, layout, request.version(), user.username(), clock.instant())) {
            throw checks.conflict("problem.conflict");
        }
        audit.record(AuditEvent.by(
                user,
                AuditAction.CERTIFICATE_BLANK_SAVED,
                authority,
                messages.get("blank.kind." + layout.kind()),
                messages.get("blank.audit.saved", request.widthMm(), request.heightMm())));
        return layout;
    }

    public void calibration(CurrentUser user, Certificate.Kind kind, OutputStream out) {
        Map<BlankLayout.Field, String> samples = new EnumMap<>(BlankLayout.Field.class);
        for (BlankLayout.Field field : BlankLayout.Field.values()) {
            samples.put(field, messages.get("blank.sample." + field));
        }
        BlankWriter.calibration(layout(user, kind).layout(), samples, messages.get("blank.calibration.scale"), out);
    }

    public void print(CurrentUser user, Certificate.Batch batch, OutputStream out) {
        BlankWriter.print(layout(user, batch.kind()).layout(), batch, out);
    }

    /** On the board's blanks by its saved layout, or on plain A4: every print button offers both. */
    public void print(CurrentUser user, Certificate.Batch batch, boolean onBlank, OutputStream out) {
        if (onBlank) {
            print(user, batch, out);
        } else {
            CertificateWriter.write(batch, out);
        }
    }

    /** Every cell checked, each wrong one named beside it; only a layout without any error is built. */
    BlankLayout parse(BlankRequest request) {
        Checks.Collector check = checks.none();
        if (request.kind() == null) {
            check.reject("kind", "certificate.kind.required");
        }
        BigDecimal width = page(check, "widthMm", request.widthMm());
        BigDecimal height = page(check, "heightMm", request.heightMm());
        List<Placement> placements = new ArrayList<>();
        List<BlankRequest.Row> rows = request.rows();
        if (rows.size() != BlankLayout.Field.values().length
                || rows.stream().map(BlankRequest.Row::field).distinct().count() != rows.size()
                || rows.stream().anyMatch(r -> r.field() == null || r.align() == null || r.face() == null)) {
            check.reject("rows", "blank.rows.incomplete");
            check.throwIfInvalid();
        }
        for (int i = 0; i < rows.size(); i++) {
            BlankRequest.Row row = rows.get(i);
            String at = "rows[" + i + "].";
            BigDecimal x = measure(check, at + "xMm", row.xMm());
            BigDecimal y = measure(check, at + "yMm", row.yMm());
            BigDecimal w = measure(check, at + "widthMm", row.widthMm());
            BigDecimal size = measure(check, at + "sizePt", row.sizePt());
            if (x == null || y == null || w == null || size == null || width == null || height == null) {
                continue;
            }
            Placement p = new Placement(row.field(), row.printed(), x, y, w, row.align(), row.face(), size);
            for (BlankLayout.Problem problem : BlankLayout.problems(width, height, p)) {
                check.reject(at + field(problem), "blank.problem." + problem, width, height);
            }
            placements.add(p);
        }
        check.throwIfInvalid();
        return new BlankLayout(request.kind(), width, height, placements);
    }

    private static String field(BlankLayout.Problem problem) {
        return switch (problem) {
            case X_NEGATIVE, BEYOND_RIGHT_EDGE -> "xMm";
            case WIDTH_NOT_POSITIVE -> "widthMm";
            case Y_OFF_PAGE -> "yMm";
            case SIZE_OUT_OF_RANGE -> "sizePt";
        };
    }

    private static BigDecimal page(Checks.Collector check, String field, String typed) {
        BigDecimal mm = measure(check, field, typed);
        if (mm != null && !BlankLayout.pageSizeFits(mm)) {
            check.reject(field, "blank.page.outOfRange");
            return null;
        }
        return mm;
    }

    private static BigDecimal measure(Checks.Collector check, String field, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (!MEASURE.matcher(t).matches()) {
            check.reject(field, t.isEmpty() ? "blank.measure.required" : "blank.measure.notNumber", t);
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    private static long authorityOf(CurrentUser user) {
        if (user.role() != Role.BOARD || user.authorityId() == null) {
            throw new AccessDeniedException("a blank's layout belongs to the board of an authority");
        }
        return user.authorityId();
    }
}
