package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoDataTest {

    private static DemoData with(MockEnvironment environment) {
        return new DemoData(null, null, null, null, null, null, null, null, environment);
    }

    @Test
    void loadsByDefaultOnlyWithTheEmbeddedDatabase() {
        assertThat(with(new MockEnvironment()).enabled()).isTrue();
        assertThat(with(new MockEnvironment().withProperty("thidua.db.url", "jdbc:postgresql://db/thidua"))
                        .enabled())
                .isFalse();
    }

    @Test
    void neverCreatesDemoUsersOnAnExternalDatabaseEvenWhenForced() {
        DemoData forced = with(new MockEnvironment()
                .withProperty("thidua.db.url", "jdbc:postgresql://db/thidua")
                .withProperty("thidua.demo-data", "true"));
        assertThat(forced.enabled()).isTrue();
        assertThat(forced.embeddedDatabase()).isFalse();
    }
}
