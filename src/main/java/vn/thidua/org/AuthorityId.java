package vn.thidua.org;

/**
 * The identifier of an authority where it crosses from one feature to another, so that it cannot be mistaken for
 * another id.
 */
public record AuthorityId(long value) {

    public AuthorityId {
        Ids.requirePositive(value, "an authority's");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
