package vn.thidua.org;

public record CouncilMemberView(long id, long authorityId, String fullName, String position) {}
