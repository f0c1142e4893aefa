package vn.thidua.movements;

/**
 * A movement as the form and the API send it, the same record from both: dates as yyyy-MM-dd (the date field's value)
 * or dd/MM/yyyy, counts as typed, codes of the kind, scope and launcher; checked by {@link MovementService} field by
 * field, and given back to the form as typed when refused. {@code version} is the one read (0 for a new movement).
 */
public record MovementRequest(
        String name,
        String kind,
        String scope,
        String launcher,
        String documentNumber,
        String documentDate,
        String signer,
        String launchedOn,
        String periodFrom,
        String periodTo,
        String participants,
        String resultSummary,
        String collectivesCommended,
        String individualsCommended,
        String awardDecisions,
        Long version) {

    public static MovementRequest blank(int year) {
        return new MovementRequest(
                "",
                "THUONG_XUYEN",
                "AUTHORITY",
                "AUTHORITY",
                "",
                "",
                "",
                "",
                year + "-01-01",
                year + "-12-31",
                "",
                "",
                "",
                "",
                "",
                0L);
    }

    public static MovementRequest of(MovementView m) {
        return new MovementRequest(
                m.name(),
                m.kind().name(),
                m.scope().name(),
                m.launcher().name(),
                text(m.documentNumber()),
                m.documentDate() == null ? "" : m.documentDate().toString(),
                text(m.signer()),
                m.launchedOn() == null ? "" : m.launchedOn().toString(),
                m.periodFrom().toString(),
                m.periodTo().toString(),
                text(m.participants()),
                text(m.resultSummary()),
                m.collectivesCommended() == null ? "" : m.collectivesCommended().toString(),
                m.individualsCommended() == null ? "" : m.individualsCommended().toString(),
                text(m.awardDecisions()),
                m.version());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
