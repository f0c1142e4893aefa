package vn.thidua.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.SheetCells;
import vn.thidua.platform.xlsx.Workbooks;
import vn.thidua.platform.xlsx.XlsxTable;

/**
 * A board creates its units' officers from an Excel list (sheet 1: Tên đăng nhập, Họ và tên, Đơn
 * vị, Thư điện tử). All or nothing: one wrong row and no account is created, every row's problem is
 * reported. An account already there with the same name and unit is left as it is, so importing the
 * list twice creates nothing more.
 */
@Service
public class AccountImport {

    static final int MAX_ROWS = 2000;

    private final AccountService accounts;
    private final UnitService units;

    AccountImport(AccountService accounts, UnitService units) {
        this.accounts = accounts;
        this.units = units;
    }

    public enum Outcome {
        CREATED,
        UNCHANGED,
        REFUSED
    }

    public record ReportRow(
            int row,
            String username,
            String fullName,
            String unitName,
            Outcome outcome,
            String message,
            String activationLink) {}

    /** What happened to each row; {@code applied} false means nothing was saved. */
    public record Report(List<ReportRow> rows, boolean applied) {

        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        /** One line per new account, "Họ tên (tên đăng nhập): liên kết", to copy at once. */
        public String linksText() {
            return String.join(
                    "\n",
                    rows.stream()
                            .filter(r -> r.activationLink() != null)
                            .map(r -> r.fullName() + " (" + r.username() + "): " + r.activationLink())
                            .toList());
        }
    }

    private record Line(int row, String username, String fullName, String unitName, String email) {}

    @Transactional
    public Report importOfficers(CurrentUser user, long authorityId, byte[] workbook) {
        accounts.requireMayGrant(user, Role.UNIT_OFFICER, authorityId);
        List<Line> lines = read(workbook);
        Map<String, UnitView> unitsByName = new HashMap<>();
        for (UnitView unit : units.activeUnits()) {
            if (unit.authorityId() == authorityId) {
                unitsByName.put(key(unit.name()), unit);
                if (unit.shortName() != null && !unit.shortName().isBlank()) {
                    unitsByName.putIfAbsent(key(unit.shortName()), unit);
                }
            }
        }
        List<ReportRow> report = new ArrayList<>();
        List<Line> toCreate = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            List<String> problems = new ArrayList<>();
            UnitView unit = unitsByName.get(key(line.unitName()));
            if (line.unitName().isEmpty()) {
                problems.add("thiếu tên đơn vị");
            } else if (unit == null) {
                problems.add("không có đơn vị \"" + line.unitName() + "\" đang hoạt động thuộc cơ quan này");
            }
            if (!line.username().isEmpty() && !seen.add(line.username().toLowerCase(Locale.ROOT))) {
                problems.add("tên đăng nhập \"" + line.username() + "\" lặp lại trong tệp");
            }
            var existing = line.username().isEmpty()
                    ? Optional.<AccountView>empty()
                    : accounts.findByUsername(line.username());
            if (problems.isEmpty() && existing.isPresent()) {
                AccountView account = existing.get();
                boolean same = account.role() == Role.UNIT_OFFICER
                        && unit.id() == account.unitId()
                        && account.fullName().equals(line.fullName());
                report.add(new ReportRow(
                        line.row(),
                        line.username(),
                        line.fullName(),
                        matched(line, unit),
                        same ? Outcome.UNCHANGED : Outcome.REFUSED,
                        same ? "đã có tài khoản này, giữ nguyên" : "tên đăng nhập đã thuộc một tài khoản khác",
                        null));
                continue;
            }
            if (problems.isEmpty()) {
                problems.addAll(accounts.problemsOf(officer(line, unit)));
            }
            if (problems.isEmpty()) {
                toCreate.add(line);
                report.add(new ReportRow(
                        line.row(),
                        line.username(),
                        line.fullName(),
                        matched(line, unit),
                        Outcome.CREATED,
                        null,
                        null));
            } else {
                report.add(new ReportRow(
                        line.row(),
                        line.username(),
                        line.fullName(),
                        line.unitName(),
                        Outcome.REFUSED,
                        String.join("; ", problems),
                        null));
            }
        }
        if (report.stream().anyMatch(r -> r.outcome() == Outcome.REFUSED)) {
            return new Report(
                    report.stream()
                            .map(r -> r.outcome() == Outcome.CREATED
                                    ? new ReportRow(
                                            r.row(),
                                            r.username(),
                                            r.fullName(),
                                            r.unitName(),
                                            r.outcome(),
                                            "hợp lệ (chưa tạo vì tệp còn dòng lỗi)",
                                            null)
                                    : r)
                            .toList(),
                    false);
        }
        List<ReportRow> done = new ArrayList<>();
        for (ReportRow row : report) {
            if (row.outcome() != Outcome.CREATED) {
                done.add(row);
                continue;
            }
            Line line = toCreate.stream()
                    .filter(l -> l.row() == row.row())
                    .findFirst()
                    .orElseThrow();
            AccountCreated created = accounts.create(user, officer(line, unitsByName.get(key(line.unitName()))));
            done.add(new ReportRow(
                    row.row(),
                    row.username(),
                    row.fullName(),
                    row.unitName(),
                    Outcome.CREATED,
                    created.mailed() ? "đã tạo; liên kết đã gửi thư" : "đã tạo",
                    created.activationLink()));
        }
        return new Report(done, true);
    }

    /** The unit as the registry names it, and what the file said when it differs, so the board can check the match. */
    private static String matched(Line line, UnitView unit) {
        return unit.name().equals(line.unitName())
                ? unit.name()
                : unit.name() + " (trong tệp: " + line.unitName() + ")";
    }

    private static AccountCommand officer(Line line, UnitView unit) {
        return new AccountCommand(
                line.username(),
                line.fullName(),
                Role.UNIT_OFFICER,
                null,
                unit.id(),
                null,
                line.email().isEmpty() ? null : line.email());
    }

    private static List<Line> read(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        try (Workbook workbook = Workbooks.open(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                int r = row.getRowNum();
                if (r > MAX_ROWS) {
                    throw refused("Tệp có quá " + MAX_ROWS + " dòng; hãy chia thành nhiều tệp.");
                }
                if (r < 1
                        || (SheetCells.text(row, 0).isEmpty()
                                && SheetCells.text(row, 1).isEmpty()
                                && SheetCells.text(row, 2).isEmpty())) {
                    continue;
                }
                lines.add(new Line(
                        r + 1,
                        SheetCells.text(row, 0),
                        SheetCells.text(row, 1),
                        SheetCells.text(row, 2),
                        SheetCells.text(row, 3)));
            }
        } catch (IOException | IllegalStateException | UnsupportedFileFormatException | EmptyFileException e) {
            throw refused("Tệp không đọc được như một bảng tính Excel (.xlsx).");
        }
        if (lines.isEmpty()) {
            throw refused("Tệp không có dòng nào (dòng 1 là tiêu đề: Tên đăng nhập, Họ và tên, Đơn vị, Thư điện tử).");
        }
        return lines;
    }

    public void writeTemplate(HttpServletResponse response) throws IOException {
        record Example(String username, String fullName, String unit, String email) {}
        XlsxTable.<Example>of(
                        "Cán bộ",
                        List.of(
                                XlsxTable.column("Tên đăng nhập", 24, Example::username),
                                XlsxTable.column("Họ và tên", 30, Example::fullName),
                                XlsxTable.column("Đơn vị", 40, Example::unit),
                                XlsxTable.column("Thư điện tử", 30, Example::email)))
                .write(
                        List.of(new Example(
                                "taichinh.nguyenvana", "Nguyễn Văn A", "Sở Tài chính", "nva@example.gov.vn")),
                        response,
                        "mau-danh-sach-can-bo.xlsx");
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(List.of(new Violation("file", message)));
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
