package vn.thidua.platform.db;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the data lives: an external PostgreSQL when {@code url} is set, else the embedded one. */
@ConfigurationProperties("thidua.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Embedded embedded,

        @DefaultValue("3s") Duration connectionTimeout) {

    public record Embedded(Path dataDir, Boolean clean) {

        public boolean cleanOnStart() {
            return Boolean.TRUE.equals(clean);
        }
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
