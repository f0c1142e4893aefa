package vn.thidua.org.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A unit proposed as a member of a bloc year, with what the rules need to know of it. */
public record MemberCandidate(
        long unitId,
        String name,
        long authorityId,
        @Nullable LocalDate endedOn) {}
