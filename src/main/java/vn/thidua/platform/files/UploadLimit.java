package vn.thidua.platform.files;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The most one uploaded document may weigh (evidence, a dossier's file, an absent elector's letter):
 * one setting, {@code thidua.uploads.max-bytes} (10 MB unless set). The earlier
 * {@code thidua.scoring.evidence-max-bytes} is still read where an operator set it.
 */
@Component
public class UploadLimit {

    private final long maxBytes;

    UploadLimit(@Value("${thidua.uploads.max-bytes:${thidua.scoring.evidence-max-bytes:10485760}}") long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("thidua.uploads.max-bytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public static UploadLimit of(long maxBytes) {
        return new UploadLimit(maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean exceededBy(long size) {
        return size > maxBytes;
    }

    /** The limit in whole megabytes, for the messages ("tối đa 10 MB"). */
    public long megabytes() {
        return maxBytes / (1024 * 1024);
    }
}
