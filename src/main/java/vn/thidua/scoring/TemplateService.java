package vn.thidua.scoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.OrgPermissions;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.CompletionBand;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.ScoreRules;
import vn.thidua.scoring.internal.TemplateStore;

/**
 * The boards' scoring tables (bảng tiêu chí chấm điểm), versioned per authority and year. A version
 * is edited while it is a draft; publishing freezes it, and a change then means a new version.
 */
@Service
public class TemplateService {

    private final TemplateStore store;
    private final AuthorityService authorities;
    private final OrgPermissions permissions;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final int firstYear;

    TemplateService(
            TemplateStore store,
            AuthorityService authorities,
            OrgPermissions permissions,
            Checks checks,
            Messages messages,
            Clock clock,
            @Value("${thidua.registry.min-year}") int firstYear) {
        this.store = store;
        this.authorities = authorities;
        this.permissions = permissions;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
        this.firstYear = firstYear;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> list(Long authorityId) {
        return store.list(authorityId);
    }

    /** The published tables of an authority for a year, newest version first. */
    @Transactional(readOnly = true)
    public List<TemplateChoice> choices(long authorityId, int year) {
        return store.choices(authorityId, year);
    }

    @Transactional(readOnly = true)
    public TemplateView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(messages.get("template.notFound", id)));
    }

    /**
     * A published table is public within the application (its blocs score by it); a draft is its
     * board's work in progress, read by that board and the administrator only.
     */
    public boolean mayRead(CurrentUser user, TemplateView template) {
        return template.published() || canManage(user, template);
    }

    @Transactional(readOnly = true)
    public List<TemplateView> list(CurrentUser user, Long authorityId) {
        return list(authorityId).stream().filter(t -> mayRead(user, t)).toList();
    }

    @Transactional(readOnly = true)
    public TemplateView get(CurrentUser user, long id) {
        TemplateView template = get(id);
        if (!mayRead(user, template)) {
            throw new AccessDeniedException("draft scoring table " + id + " of another authority");
        }
        return template;
    }

    public boolean canManage(CurrentUser user, TemplateView template) {
        return permissions.canManage(user, template.authorityId());
    }

    @Transactional
    public TemplateView create(CurrentUser user, TemplateCommand command) {
        if (command.getAuthorityId() != null) {
            authorities.get(command.getAuthorityId());
            requireManage(user, command.getAuthorityId());
        }
        Checks.Collector check = checks.of(command);
        Lines lines = check(check, command);
        check.throwIfInvalid();
        long id = store.insert(settings(command, command.getAuthorityId()), user.username(), clock.instant());
        store.replaceLines(id, lines.criteria(), lines.bands());
        return get(id);
    }

    @Transactional
    public TemplateView update(CurrentUser user, long id, TemplateCommand command) {
        TemplateView current = get(id);
        requireManage(user, current.authorityId());
        command.setAuthorityId(current.authorityId());
        command.setYear(current.year());
        Checks.Collector check = checks.of(command);
        if (current.published()) {
            check.reject("name", "template.published", current.versionNo());
        }
        Lines lines = check(check, command);
        check.throwIfInvalid();
        if (!store.update(id, settings(command, current.authorityId()), command.getVersion())) {
            throw new OptimisticLockingFailureException("template " + id + " changed");
        }
        store.replaceLines(id, lines.criteria(), lines.bands());
        return get(id);
    }

    /** Everything a save would check, without saving: for a form that already has unreadable fields. */
    public List<Violation> problems(TemplateCommand command) {
        Checks.Collector check = checks.of(command);
        check(check, command);
        return check.violations();
    }

    /** A new draft version of the same authority and year, starting from this one. */
    @Transactional
    public TemplateView newVersion(CurrentUser user, long id) {
        TemplateView source = get(id);
        requireManage(user, source.authorityId());
        TemplateCommand copy = TemplateCommand.of(source);
        long created = store.insert(settings(copy, source.authorityId()), user.username(), clock.instant());
        store.replaceLines(created, source.criteria(), source.bands());
        return get(created);
    }

    @Transactional
    public TemplateView publish(CurrentUser user, long id) {
        TemplateView current = get(id);
        requireManage(user, current.authorityId());
        Checks.Collector check = checks.none();
        if (current.published()) {
            check.reject("name", "template.published", current.versionNo());
        } else if (current.criteria().stream().noneMatch(c -> c.kind() == CriterionKind.SCORED)) {
            check.reject("criteria", "template.noScoredCriterion");
        }
        check.throwIfInvalid();
        store.publish(id, user.username(), clock.instant());
        return get(id);
    }

    /** Replaces the criteria of a draft with those of a workbook; any error in any row changes nothing. */
    @Transactional
    public TemplateView importCriteria(CurrentUser user, long id, InputStream workbook) {
        TemplateView current = get(id);
        requireManage(user, current.authorityId());
        if (current.published()) {
            throw new InvalidInputException(
                    List.of(new Violation("file", messages.get("template.published", current.versionNo()))));
        }
        List<Violation> errors = new ArrayList<>();
        List<TemplateCommand.CriterionLine> rows = TemplateWorkbook.read(workbook, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TemplateCommand command = TemplateCommand.of(current);
        command.setCriteria(rows);
        return update(user, id, command);
    }

    @Transactional(readOnly = true)
    public byte[] export(long id) {
        return TemplateWorkbook.write(get(id));
    }

    private record Lines(List<CriterionView> criteria, List<CompletionBand> bands) {}

    private Lines check(Checks.Collector check, TemplateCommand command) {
        // a form's unused tie-break selects arrive empty
        command.setTieBreaks(new ArrayList<>(
                command.getTieBreaks().stream().filter(Objects::nonNull).toList()));
        if (command.getYear() != null
                && (command.getYear() < firstYear
                        || command.getYear() > Year.now(clock).getValue() + 1)) {
            check.reject(
                    "year", "template.year.range", firstYear, Year.now(clock).getValue() + 1);
        }
        nonNegative(check, "bonusCap", command.getBonusCap());
        nonNegative(check, "penaltyCap", command.getPenaltyCap());
        nonNegative(check, "discrepancyPoints", command.getDiscrepancyPoints());
        nonNegative(check, "discrepancyPercent", command.getDiscrepancyPercent());
        if (command.getDiscrepancyPercent() != null
                && command.getDiscrepancyPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            check.reject("discrepancyPercent", "template.percent.range");
        }
        if (new HashSet<>(command.getTieBreaks()).size()
                != command.getTieBreaks().size()) {
            check.reject("tieBreaks", "template.tieBreaks.repeated");
        }
        List<CriterionView> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < command.getCriteria().size(); i++) {
            TemplateCommand.CriterionLine line = command.getCriteria().get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            String field = "criteria[" + i + "].";
            String code = TemplateCommand.blank(line.getCode())
                    ? null
                    : line.getCode().strip();
            if (code == null) {
                check.reject(field + "code", "template.code.required", i + 1);
            } else if (!code.matches("[0-9A-Za-z.\\-]+")) {
                check.reject(field + "code", "template.code.pattern", code);
            } else if (!codes.add(code.toUpperCase())) {
                check.reject(field + "code", "template.code.repeated", code);
            }
            if (TemplateCommand.blank(line.getName())) {
                check.reject(field + "name", "template.criterion.required", i + 1);
            }
            if (line.getKind() == null) {
                check.reject(field + "kind", "template.kind.required", i + 1);
            }
            if (line.getMaxPoints() == null || line.getMaxPoints().signum() <= 0) {
                check.reject(field + "maxPoints", "template.max.positive", i + 1);
            } else if (!ScoreRules.hasValidScale(line.getMaxPoints())
                    || line.getMaxPoints().compareTo(BigDecimal.valueOf(10000)) >= 0) {
                check.reject(field + "maxPoints", "template.max.format", i + 1);
            }
            if (check.isValid()) {
                criteria.add(new CriterionView(
                        null,
                        code,
                        TemplateCommand.blank(line.getGroup())
                                ? ""
                                : line.getGroup().strip(),
                        line.getName().strip(),
                        line.getKind(),
                        line.getMaxPoints(),
                        strip(line.getGuidance()),
                        strip(line.getEvidence())));
            }
        }
        List<CompletionBand> bands = new ArrayList<>();
        for (int i = 0; i < command.getBands().size(); i++) {
            TemplateCommand.BandLine band = command.getBands().get(i);
            if (band == null || band.isBlank()) {
                continue;
            }
            if (TemplateCommand.blank(band.getLabel())) {
                check.reject("bands[" + i + "].label", "template.band.label.required", i + 1);
            }
            if (band.getMinTotal() == null || band.getMinTotal().signum() < 0) {
                check.reject("bands[" + i + "].minTotal", "template.band.min.required", i + 1);
            } else {
                nonNegative(check, "bands[" + i + "].minTotal", band.getMinTotal());
            }
            if (check.isValid()) {
                bands.add(new CompletionBand(band.getLabel().strip(), band.getMinTotal()));
            }
        }
        return new Lines(criteria, bands);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Zero or more, below 100 000, at most two decimals: what the database's numeric(7,2) holds. */
    private static void nonNegative(Checks.Collector check, String field, BigDecimal value) {
        if (value != null
                && (value.signum() < 0
                        || value.compareTo(BigDecimal.valueOf(100000)) >= 0
                        || !ScoreRules.hasValidScale(value))) {
            check.reject(field, "template.number.nonNegative");
        }
    }

    private static TemplateStore.Settings settings(TemplateCommand c, long authorityId) {
        return new TemplateStore.Settings(
                authorityId,
                c.getYear(),
                c.getName().strip(),
                c.getBonusCap(),
                c.getPenaltyCap(),
                c.getDiscrepancyPoints(),
                c.getDiscrepancyPercent(),
                c.getTieBreaks());
    }

    private void requireManage(CurrentUser user, long authorityId) {
        if (!permissions.canManage(user, authorityId)) {
            throw new AccessDeniedException("not the board of authority " + authorityId);
        }
    }
}
