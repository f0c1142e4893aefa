package vn.thidua.signatures;

/** A signing that could not be done for a reason the person can act on; the code is a message key. */
public final class SigningFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String field;

    SigningFailure(String field, String code, Throwable cause) {
        super(code, cause);
        this.code = code;
        this.field = field;
    }

    SigningFailure(String field, String code) {
        super(code);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
