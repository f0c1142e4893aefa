package vn.thidua.rules;

import vn.thidua.rules.domain.SubjectKind;

/** A person or collective whose history the engine reads. */
public record SubjectView(
        long id,
        SubjectKind kind,
        String fullName,
        long unitId,
        String unitName,
        long authorityId,
        String position,
        String externalRef) {}
