package vn.thidua.platform.validation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Vietnamese texts of messages.properties, for the services that explain a refusal. */
@Component
public record Messages(MessageSource messageSource) {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public String get(String code, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // ids and years are not quantities: "2023", never "2.023"
            plain[i] = args[i] instanceof Number number ? number.toString() : args[i];
        }
        return messageSource.getMessage(code, plain, VIETNAMESE);
    }
}
