package vn.thidua.accounts;

import java.time.Instant;

/** A new account (or a reset) with its one-time link: shown once to whoever asked, mailed when mail is configured. */
public record AccountCreated(AccountView account, String activationLink, Instant linkExpiresAt, boolean mailed) {}
