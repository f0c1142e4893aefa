package vn.thidua.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.TieBreak;

/**
 * A board's scoring table for a year: settings, criteria grouped under headings, completion
 * levels. Rows left entirely blank (the spare rows of the form) are ignored.
 */
public class TemplateCommand {

    @NotNull(message = "{template.authority.required}")
    private Long authorityId;

    @NotNull(message = "{template.year.required}")
    private Integer year;

    @NotBlank(message = "{template.name.required}")
    @Size(max = 300, message = "{template.name.tooLong}")
    private String name;

    private BigDecimal bonusCap;
    private BigDecimal penaltyCap;
    private BigDecimal discrepancyPoints;
    private BigDecimal discrepancyPercent;
    private List<TieBreak> tieBreaks = new ArrayList<>();

    @Valid
    private List<CriterionLine> criteria = new ArrayList<>();

    @Valid
    private List<BandLine> bands = new ArrayList<>();

    private Long version;

    public static class CriterionLine {
        @Size(max = 20, message = "{template.code.tooLong}")
        private String code;

        @Size(max = 300, message = "{template.group.tooLong}")
        private String group;

        @Size(max = 1000, message = "{template.criterion.tooLong}")
        private String name;

        private CriterionKind kind;
        private BigDecimal maxPoints;

        @Size(max = 4000, message = "{template.guidance.tooLong}")
        private String guidance;

        @Size(max = 2000, message = "{template.evidence.tooLong}")
        private String evidence;

        public CriterionLine() {}

        public CriterionLine(
                String code,
                String group,
                String name,
                CriterionKind kind,
                BigDecimal maxPoints,
                String guidance,
                String evidence) {
            this.code = code;
            this.group = group;
            this.name = name;
            this.kind = kind;
            this.maxPoints = maxPoints;
            this.guidance = guidance;
            this.evidence = evidence;
        }

        boolean isBlank() {
            return blank(code) && blank(name) && blank(group) && maxPoints == null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public CriterionKind getKind() {
            return kind;
        }

        public void setKind(CriterionKind kind) {
            this.kind = kind;
        }

        public BigDecimal getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(BigDecimal maxPoints) {
            this.maxPoints = maxPoints;
        }

        public String getGuidance() {
            return guidance;
        }

        public void setGuidance(String guidance) {
            this.guidance = guidance;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    public static class BandLine {
        @Size(max = 200, message = "{template.band.tooLong}")
        private String label;

        private BigDecimal minTotal;

        public BandLine() {}

        public BandLine(String label, BigDecimal minTotal) {
            this.label = label;
            this.minTotal = minTotal;
        }

        boolean isBlank() {
            return blank(label) && minTotal == null;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public BigDecimal getMinTotal() {
            return minTotal;
        }

        public void setMinTotal(BigDecimal minTotal) {
            this.minTotal = minTotal;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static TemplateCommand of(TemplateView t) {
        TemplateCommand c = new TemplateCommand();
        c.authorityId = t.authorityId();
        c.year = t.year();
        c.name = t.name();
        c.bonusCap = t.bonusCap();
        c.penaltyCap = t.penaltyCap();
        c.discrepancyPoints = t.discrepancyPoints();
        c.discrepancyPercent = t.discrepancyPercent();
        c.tieBreaks = new ArrayList<>(t.tieBreaks());
        t.criteria()
                .forEach(k -> c.criteria.add(new CriterionLine(
                        k.code(), k.group(), k.name(), k.kind(), k.maxPoints(), k.guidance(), k.evidence())));
        t.bands().forEach(b -> c.bands.add(new BandLine(b.label(), b.minTotal())));
        c.version = t.version();
        return c;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getBonusCap() {
        return bonusCap;
    }

    public void setBonusCap(BigDecimal bonusCap) {
        this.bonusCap = bonusCap;
    }

    public BigDecimal getPenaltyCap() {
        return penaltyCap;
    }

    public void setPenaltyCap(BigDecimal penaltyCap) {
        this.penaltyCap = penaltyCap;
    }

    public BigDecimal getDiscrepancyPoints() {
        return discrepancyPoints;
    }

    public void setDiscrepancyPoints(BigDecimal discrepancyPoints) {
        this.discrepancyPoints = discrepancyPoints;
    }

    public BigDecimal getDiscrepancyPercent() {
        return discrepancyPercent;
    }

    public void setDiscrepancyPercent(BigDecimal discrepancyPercent) {
        this.discrepancyPercent = discrepancyPercent;
    }

    public List<TieBreak> getTieBreaks() {
        return tieBreaks;
    }

    public void setTieBreaks(List<TieBreak> tieBreaks) {
        this.tieBreaks = tieBreaks == null ? new ArrayList<>() : tieBreaks;
    }

    public List<CriterionLine> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionLine> criteria) {
        this.criteria = criteria == null ? new ArrayList<>() : criteria;
    }

    public List<BandLine> getBands() {
        return bands;
    }

    public void setBands(List<BandLine> bands) {
        this.bands = bands == null ? new ArrayList<>() : bands;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
