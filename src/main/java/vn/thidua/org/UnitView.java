package vn.thidua.org;

import java.time.LocalDate;

public record UnitView(
        long id,
        long authorityId,
        String authorityName,
        String name,
        String shortName,
        UnitKind kind,
        String email,
        String phone,
        boolean active,
        LocalDate endedOn,
        long version) {

    public UnitRef ref() {
        return new UnitRef(id, name, shortName, authorityId, authorityName);
    }
}
