package vn.thidua.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.db.MigrationLineage.Entry;
import vn.thidua.platform.db.MigrationLineage.State;

/**
 * A migration that has landed never changes: each file must be byte for byte the content its
 * manifest line records. To change the schema, add a migration (and its line); never edit one.
 */
class MigrationManifestTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private final List<Entry> manifest = MigrationLineage.load().entries();

    @Test
    void everyMigrationIsExactlyWhatItsManifestLineRecords() throws Exception {
        Map<String, Entry> current = manifest.stream()
                .filter(e -> e.state() == State.CURRENT)
                .collect(Collectors.toMap(Entry::file, Function.identity()));
        List<Path> files;
        try (Stream<Path> listed = Files.list(MIGRATIONS)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertThat(current)
                    .as(
                            "%s has no line in %s: add one (its SHA-256 is %s, its Flyway checksum %s)",
                            name, MigrationLineage.MANIFEST, MigrationUpgradeTest.sha256(file), checksum(file))
                    .containsKey(name);
            assertThat(MigrationUpgradeTest.sha256(file))
                    .as("%s was changed after it landed: restore it and add a new migration instead", name)
                    .isEqualTo(current.get(name).sha256());
            assertThat(checksum(file))
                    .as("Flyway's checksum of %s", name)
                    .isEqualTo(current.get(name).checksum());
        }
        assertThat(current.keySet())
                .as("every migration of the manifest is shipped")
                .containsExactlyInAnyOrderElementsOf(
                        files.stream().map(f -> f.getFileName().toString()).toList());
    }

    @Test
    void eachVersionHasOneCurrentContentAndEverySupersededOneABridge() {
        Map<String, Long> currentPerVersion = manifest.stream()
                .filter(e -> e.state() == State.CURRENT)
                .collect(Collectors.groupingBy(Entry::version, Collectors.counting()));
        assertThat(currentPerVersion.values()).allMatch(n -> n == 1);
        manifest.stream().filter(e -> e.state() == State.SUPERSEDED).forEach(old -> {
            assertThat(currentPerVersion)
                    .as("a current content of V%s", old.version())
                    .containsKey(old.version());
            assertThat(getClass().getClassLoader().getResource("db/lineage/V" + old.version() + ".sql"))
                    .as("the bridge from superseded V%s", old.version())
                    .isNotNull();
        });
    }

    @Test
    void computesFlywaysOwnChecksum() throws Exception {
        // the value Flyway recorded for V1 in databases built since c004abd
        assertThat(checksum(MIGRATIONS.resolve("V1__registry.sql"))).isEqualTo(-1507069504);
    }

    private static int checksum(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return MigrationLineage.flywayChecksum(in);
        }
    }
}
