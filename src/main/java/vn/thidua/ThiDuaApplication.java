package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && vn.thidua.platform.audit.AuditVerifyCommand.NAME.equals(args[0])) {
            System.exit(vn.thidua.platform.audit.AuditVerifyCommand.run(
                    ThiDuaApplication.class, java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && vn.thidua.platform.db.BackupCommand.NAMES.contains(args[0])) {
            System.exit(vn.thidua.platform.db.BackupCommand.run(
                    args[0], java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && vn.thidua.voting.BallotCommand.NAMES.contains(args[0])) {
            System.exit(vn.thidua.voting.BallotCommand.run(
                    args[0], java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
