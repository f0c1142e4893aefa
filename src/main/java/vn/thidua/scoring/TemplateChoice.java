package vn.thidua.scoring;

/** A published table a bloc year may apply, as its choice names it: name, version and how many criteria it has. */
public record TemplateChoice(long id, String name, int versionNo, int criteriaCount) {}
