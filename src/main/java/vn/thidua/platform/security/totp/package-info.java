/**
 * Building blocks for two-factor sign-in by TOTP (RFC 6238), kept free of Spring and SQL so that the
 * web layer and the store can change without touching the cryptography. The caller owns what must
 * outlive a request: the secret (kept away from anyone who can read the database, since it is a
 * password), the last step that was accepted for each user (so that a code cannot be used twice),
 * and the SHA-256 hashes of the unused recovery codes.
 */
package vn.thidua.platform.security.totp;
