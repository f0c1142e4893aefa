package vn.thidua.platform.validation;

/** The thing asked for does not exist; the message is already in Vietnamese. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
