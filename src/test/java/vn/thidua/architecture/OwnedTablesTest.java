package vn.thidua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A table that two features write drifts in two ways; such a table has one writer, named here and in
 * docs/architecture.md. The SQL of the application is text in its Java sources, so the check reads
 * them: a statement that inserts, updates or deletes rows of an owned table anywhere but in its
 * owner's store fails.
 */
class OwnedTablesTest {

    /** The table and the one file whose SQL writes it. */
    static final Map<String, String> OWNERS = Map.of(
            "subject_record", "vn/thidua/rules/internal/AwardRecordStore.java",
            "subject", "vn/thidua/rules/internal/SubjectStore.java");

    static List<String> writersOutsideTheOwner(Path sources, String table, String owner) {
        Pattern write = Pattern.compile(
                "(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+" + table + "\\b(?!_)", Pattern.CASE_INSENSITIVE);
        return Sources.under(sources).stream()
                .filter(f -> !f.path().equals(owner))
                .filter(f -> write.matcher(f.text()).find())
                .map(Sources.Source::path)
                .toList();
    }

    @Test
    void eachOwnedTableIsWrittenByItsOwnerOnly() {
        OWNERS.forEach((table, owner) -> {
            assertThat(Path.of("src/main/java", owner)).as(table + "'s owner").exists();
            assertThat(Sources.read(Path.of("src/main/java", owner)))
                    .as("the owner writes " + table)
                    .containsPattern("(?i)INSERT\\s+INTO\\s+" + table + "\\b");
            assertThat(writersOutsideTheOwner(Path.of("src/main/java"), table, owner))
                    .as("files writing " + table + " besides " + owner)
                    .isEmpty();
        });
    }

    @Test
    void theRuleFailsOnAWriterOutsideTheOwner() {
        assertThat(writersOutsideTheOwner(
                        Path.of("src/test/java/vn/thidua/archfixture"), "subject_record", OWNERS.get("subject_record")))
                .containsExactly("WritesTheAwardHistory.java");
        assertThat(writersOutsideTheOwner(Path.of("src/test/java/vn/thidua/archfixture"), "subject", "none"))
                .as("subject_record is not subject")
                .isEmpty();
    }
}
