package vn.thidua.platform.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar thidua-…-exec.jar audit-verify}: starts the application without its web server
 * on the configured database, recomputes the audit chain, prints the result and exits with 0 when
 * the chain is whole, 1 when a row was altered or removed (naming the first one).
 */
public final class AuditVerifyCommand {

    public static final String NAME = "audit-verify";

    private AuditVerifyCommand() {}

    public static int run(Class<?> application, String... args) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] withDefaults = new String[args.length + 2];
        // only reads: no demo data loaded into an empty database, only warnings in the output
        withDefaults[0] = "--thidua.demo-data=false";
        withDefaults[1] = "--logging.level.root=WARN";
        System.arraycopy(args, 0, withDefaults, 2, args.length);
        try (ConfigurableApplicationContext context = app.run(withDefaults)) {
            AuditLog.Verification result = context.getBean(AuditLog.class).verify();
            if (result.intact()) {
                System.out.println(
                        "Nhật ký kiểm toán toàn vẹn: " + result.rows() + " dòng, chuỗi hash khớp từ đầu đến cuối.");
                System.out.println("Audit log intact: " + result.rows() + " rows.");
                return 0;
            }
            System.out.println("Nhật ký kiểm toán BỊ SỬA: dòng số " + result.firstBadId() + " (dòng thứ "
                    + result.rows() + " theo thứ tự) không khớp chuỗi hash.");
            System.out.println("Audit log ALTERED at row id " + result.firstBadId() + ": " + result.problem() + ".");
            return 1;
        }
    }
}
