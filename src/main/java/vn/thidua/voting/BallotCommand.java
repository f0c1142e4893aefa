package vn.thidua.voting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.Ciphertext;
import vn.thidua.voting.domain.ballot.Group;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;

/**
 * The ballot tools that run without the server, on a trustee's or an observer's own machine:
 * <ul>
 * <li>{@code trustee keygen --vote V --trustee T --out FILE}: a key share; FILE keeps the secret
 * (private to its owner), FILE's public part is printed to paste on the vote page;</li>
 * <li>{@code trustee decrypt --key FILE --box BOX.json}: the trustee's partial decryption of the totals,
 * which it adds up itself from the box (the ciphertexts of every ballot, downloaded from
 * {@code /api/v1/votes/{id}/committee/box}), printed to paste back;</li>
 * <li>{@code verify-vote BULLETIN.json}: recomputes a counted vote's result from its public bulletin.</li>
 * </ul>
 */
public final class BallotCommand {

    public static final Set<String> NAMES = Set.of("trustee", "verify-vote");

    private BallotCommand() {}

    public static int run(String name, String[] args, PrintStream out, PrintStream err) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            if (name.equals("verify-vote")) {
                if (args.length != 1) {
                    err.println("Cách dùng / usage: verify-vote BULLETIN.json");
                    return 2;
                }
                Bulletin bulletin = json.readValue(Files.readString(Path.of(args[0])), Bulletin.class);
                List<Bulletin.Finding> findings = bulletin.verify();
                if (findings.isEmpty()) {
                    out.println(
                            "Đã kiểm chứng cuộc bỏ phiếu " + bulletin.voteId() + ": \"" + bulletin.question() + "\"");
                    out.println(bulletin.ballots().size() + " phiếu mã hóa, "
                            + bulletin.trustees().size() + " thành viên Ban kiểm phiếu, mọi chứng minh đúng. Kết quả:");
                    bulletin.totals().forEach(t -> out.println("  " + t.label() + ": " + t.count()));
                    out.println("  Phiếu trắng: " + bulletin.blank().count());
                    out.println("Verified.");
                    return 0;
                }
                err.println("Bảng công bố KHÔNG khớp / the bulletin does NOT verify:");
                findings.forEach(f -> err.println("  [" + f.code() + "] " + f.message()));
                return 1;
            }
            String action = args.length > 0 ? args[0] : "";
            if (action.equals("keygen")) {
                long vote = Long.parseLong(option(args, "--vote"));
                long trustee = Long.parseLong(option(args, "--trustee"));
                Path file = Path.of(option(args, "--out"));
                KeyShare.Generated key = KeyShare.generate(KeyShare.context(vote, trustee));
                var keyFile = new LinkedHashMap<String, Object>();
                keyFile.put("vote", vote);
                keyFile.put("trustee", trustee);
                keyFile.put("secret", key.secret());
                keyFile.put("share", key.share());
                Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(keyFile));
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
                err.println("Đã ghi khóa bí mật vào " + file + " (chỉ bạn đọc được; cất giữ, cần nó để kiểm phiếu).");
                err.println("Dán phần công khai dưới đây vào trang biểu quyết:");
                out.println(json.writeValueAsString(key.share()));
                return 0;
            }
            if (action.equals("decrypt")) {
                JsonNode key = json.readTree(Files.readString(Path.of(option(args, "--key"))));
                JsonNode box = json.readTree(Files.readString(Path.of(option(args, "--box"))));
                // the totals are added up here, never taken from the server: only sums of every ballot are opened
                List<Ciphertext> totals = new ArrayList<>();
                for (JsonNode ballot : box) {
                    for (int i = 0; i < ballot.size(); i++) {
                        Ciphertext c = Ciphertext.of(
                                ballot.get(i).get("a").asString(),
                                ballot.get(i).get("b").asString());
                        if (totals.size() <= i) {
                            totals.add(c);
                        } else {
                            totals.set(i, totals.get(i).add(c));
                        }
                    }
                }
                String context = KeyShare.context(
                        key.get("vote").asLong(), key.get("trustee").asLong());
                List<PartialDecryption> shares = new ArrayList<>();
                for (Ciphertext total : totals) {
                    shares.add(PartialDecryption.of(
                            context, Group.scalar(key.get("secret").asString()), total));
                }
                err.println("Phần giải mã tổng của " + box.size()
                        + " phiếu (không phiếu riêng nào). Dán nội dung dưới đây vào trang biểu quyết:");
                out.println(json.writeValueAsString(shares));
                return 0;
            }
            err.println(
                    "Cách dùng / usage: trustee keygen --vote V --trustee T --out FILE | trustee decrypt --key FILE --box FILE");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("Không thực hiện được / failed: " + e.getMessage());
            return 1;
        }
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("thiếu " + name);
    }
}
