package vn.thidua.org;

/**
 * The identifier of an authority where it crosses from one feature to another, so that it cannot be mistaken for
 * another id.
 */
public record AuthorityId(long value) {

    public AuthorityId {
        if (value <= 0) {
            throw new IllegalArgumentException("an authority's id is positive: " + value);
        }
    }

    public static AuthorityId of(long value) {
        return new AuthorityId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
