package vn.thidua.org;

import java.time.LocalDate;

public record AuthorityView(long id, String code, String name, AuthorityKind kind, Long successorId,
        String successorName, LocalDate mergedOn, String note) {
}
