package vn.thidua.rules;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A change of a parameter (value, verification, note, with the reason that the audit keeps), or a
 * province's own value (then also key, dates, authority and legal basis).
 */
public class ParameterCommand {

    private String key;

    @NotNull(message = "{parameter.value.required}")
    @DecimalMin(value = "0", message = "{parameter.value.negative}")
    @jakarta.validation.constraints.Digits(integer = 6, fraction = 4, message = "{parameter.value.digits}")
    private BigDecimal value;

    private Boolean verified;

    @Size(max = 1000, message = "{parameter.note.tooLong}")
    private String note;

    @NotBlank(message = "{parameter.reason.required}")
    @Size(max = 1000, message = "{parameter.reason.tooLong}")
    private String reason;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;

    private Long authorityId;

    @Size(max = 300, message = "{parameter.instrument.tooLong}")
    private String instrument;

    @Size(max = 20, message = "{parameter.article.tooLong}")
    private String article;

    @Size(max = 20, message = "{parameter.article.tooLong}")
    private String clause;

    @Size(max = 20, message = "{parameter.article.tooLong}")
    private String point;

    private Long version;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Boolean getVerified() {
        return verified;
    }

    public void setVerified(Boolean verified) {
        this.verified = verified;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getClause() {
        return clause;
    }

    public void setClause(String clause) {
        this.clause = clause;
    }

    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
