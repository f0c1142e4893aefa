package vn.thidua.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the data lives: an external PostgreSQL when {@code url} is set, else the embedded one. */
@ConfigurationProperties("thidua.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Embedded embedded,

        @org.springframework.boot.context.properties.bind.DefaultValue("3s")
        java.time.Duration connectionTimeout) {

    public record Embedded(Path dataDir, Boolean clean) {

        public boolean cleanOnStart() {
            return Boolean.TRUE.equals(clean);
        }
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
