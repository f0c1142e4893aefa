package vn.thidua.voting;

/** Whose written opinion the second person confirms: a member unit, or in a council's vote a council member. */
public record WrittenConfirmation(Long unitId, Long councilMemberId, Long version) {}
