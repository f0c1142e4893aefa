package vn.thidua.accounts;

/** A service account and its token, which is shown this once and kept only as a hash. */
public record ServiceAccountCreated(AccountView account, String token) {}
