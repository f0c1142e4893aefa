package vn.thidua.org;

import vn.thidua.org.domain.BlocKind;

public record BlocView(
        long id,
        long authorityId,
        String authorityName,
        AuthorityKind authorityKind,
        String name,
        BlocKind kind,
        String description,
        long version,
        Integer latestYear,
        String latestLeaderName) {}
