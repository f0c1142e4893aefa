package vn.thidua;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.thidua.platform.audit.AuditVerifyCommand;
import vn.thidua.platform.db.BackupCommand;
import vn.thidua.voting.BallotCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && AuditVerifyCommand.NAME.equals(args[0])) {
            System.exit(AuditVerifyCommand.run(ThiDuaApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && BackupCommand.NAMES.contains(args[0])) {
            System.exit(BackupCommand.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && BallotCommand.NAMES.contains(args[0])) {
            System.exit(BallotCommand.run(args[0], Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
