package vn.thidua.onboarding.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.onboarding.OnboardingReport;
import vn.thidua.platform.jobs.ImportFiles;

/** Onboarding imports run as jobs: the file until the run ends, then the report (links apart, read once). */
@Repository
public class OnboardingImportStore implements ImportFiles {

    public record Import(long id, long userId, OnboardingReport report, List<String> errors) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OnboardingImportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long create(long userId, byte[] workbook) {
        return jdbc.sql("INSERT INTO onboarding_import (user_id, workbook) VALUES (:u, :w) RETURNING id")
                .param("u", userId)
                .param("w", workbook)
                .query(Long.class)
                .single();
    }

    public Optional<Import> find(long id) {
        return jdbc.sql("SELECT id, user_id, report::text, errors::text FROM onboarding_import WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Import(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3) == null ? null : json.readValue(rs.getString(3), OnboardingReport.class),
                        rs.getString(4) == null
                                ? List.of()
                                : json.readValue(rs.getString(4), new TypeReference<List<String>>() {})))
                .optional();
    }

    @Override
    public Optional<byte[]> workbook(long id) {
        return jdbc.sql("SELECT workbook FROM onboarding_import WHERE id = :id AND workbook IS NOT NULL")
                .param("id", id)
                .query(byte[].class)
                .optional();
    }

    /** The report without its activation links, which are kept apart until they are read once. */
    public void saveReport(long id, OnboardingReport report) {
        Map<String, String> links = new LinkedHashMap<>();
        List<OnboardingReport.RowReport> rows = report.rows().stream()
                .map(r -> {
                    if (r.activationLink() == null) {
                        return r;
                    }
                    links.put(r.sheet() + ":" + r.row(), r.activationLink());
                    return new OnboardingReport.RowReport(
                            r.sheet(), r.row(), r.name(), r.outcome(), r.errors(), r.note(), null);
                })
                .toList();
        OnboardingReport stored = new OnboardingReport(
                report.authorityId(), report.authorityName(), report.applied(), report.counts(), report.errors(), rows);
        jdbc.sql("UPDATE onboarding_import SET report = :r::jsonb, links = :l::jsonb WHERE id = :id")
                .param("id", id)
                .param("r", json.writeValueAsString(stored))
                .param("l", links.isEmpty() ? null : json.writeValueAsString(links))
                .update();
    }

    public void saveErrors(long id, List<String> errors) {
        jdbc.sql("UPDATE onboarding_import SET errors = :e::jsonb WHERE id = :id")
                .param("id", id)
                .param("e", json.writeValueAsString(errors))
                .update();
    }

    /** The links of the accounts created, removed as they are read: they are shown once. */
    public Map<String, String> takeLinks(long id) {
        String links =
                jdbc.sql("""
                UPDATE onboarding_import i SET links = NULL FROM (SELECT id, links FROM onboarding_import
                    WHERE id = :id FOR UPDATE) old
                 WHERE i.id = old.id AND old.links IS NOT NULL RETURNING old.links::text""").param("id", id).query(String.class).optional().orElse(null);
        return links == null ? Map.of() : json.readValue(links, new TypeReference<Map<String, String>>() {});
    }

    /** Links nobody read within their validity: dead anyway, and tokens are not kept in clear. */
    public int dropLinksOlderThan(Duration validity) {
        return jdbc.sql(
                        "UPDATE onboarding_import SET links = NULL WHERE links IS NOT NULL AND created_at < now() - make_interval(secs => :s)")
                .param("s", (double) validity.toSeconds())
                .update();
    }

    @Override
    public void dropWorkbook(long id) {
        jdbc.sql("UPDATE onboarding_import SET workbook = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    @Override
    public void discard(long id) {
        jdbc.sql("UPDATE onboarding_import SET report = NULL, errors = NULL, links = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }
}
