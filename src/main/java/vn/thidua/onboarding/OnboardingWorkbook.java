package vn.thidua.onboarding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.Problem;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.ProvinceWorkbook;
import vn.thidua.onboarding.domain.Rows.AccountRow;
import vn.thidua.onboarding.domain.Rows.AuthorityRow;
import vn.thidua.onboarding.domain.Rows.BlocRow;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.onboarding.domain.Rows.UnitRow;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.UnitKind;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.SheetCells;
import vn.thidua.platform.xlsx.Workbooks;

/**
 * The onboarding workbook: the template people fill, and the reader of what they filled. Both go by
 * {@link ProvinceSheet} and {@link Column}. Kinds and roles are read by their code (SO, KHOI,
 * UNIT_OFFICER) or by the Vietnamese label the pages show ("Sở", "Cụm thi đua", "Cán bộ TĐKT đơn
 * vị"), without case or diacritics.
 */
@Component
public class OnboardingWorkbook {

    /** Rows of all sheets together: an authority's registry, not a national one, in one transaction. */
    static final int MAX_ROWS = 10_000;

    static final String HELP_SHEET = "Hướng dẫn";
    static final String LISTS_SHEET = "Danh mục";
    private static final int HELP_LINES = 9;
    private static final int VALIDATED_ROWS = 2000;

    private final Messages messages;

    OnboardingWorkbook(Messages messages) {
        this.messages = messages;
    }

    private record Line(int row, List<String> cells) {

        String cell(Column column) {
            return cells.get(column.index());
        }
    }

    /** Every row of the five data sheets; a workbook whose sheets or headings are not the template's is refused whole. */
    public ProvinceWorkbook read(byte[] bytes) {
        Map<ProvinceSheet, List<Line>> lines = new EnumMap<>(ProvinceSheet.class);
        List<Violation> wrong = new ArrayList<>();
        int total = 0;
        try (Workbook workbook = Workbooks.open(new ByteArrayInputStream(bytes))) {
            for (ProvinceSheet sheet : ProvinceSheet.values()) {
                Sheet data = Workbooks.sheet(workbook, sheet.title());
                if (data == null) {
                    wrong.add(new Violation("file", messages.get("onboarding.file.sheetMissing", sheet.title())));
                    continue;
                }
                List<Line> read = new ArrayList<>();
                boolean headings = false;
                for (Row row : data) {
                    if (!headings) {
                        headings = true;
                        wrong.addAll(checkHeadings(sheet, row));
                        continue;
                    }
                    List<String> cells = sheet.columns().stream()
                            .map(c -> SheetCells.text(row, c.index()))
                            .toList();
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (++total > MAX_ROWS) {
                        throw new InvalidInputException(
                                List.of(new Violation("file", messages.get("onboarding.file.tooManyRows", MAX_ROWS))));
                    }
                    read.add(new Line(row.getRowNum() + 1, cells));
                }
                if (!headings) {
                    wrong.add(new Violation("file", messages.get("onboarding.file.headingsMissing", sheet.title())));
                }
                lines.put(sheet, read);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the streaming reader fails mid-sheet on a damaged part with exceptions of its own
            throw new InvalidInputException(List.of(new Violation("file", messages.get("onboarding.file.unreadable"))));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return parse(lines);
    }

    /** Headings are compared without case or diacritics; columns after the template's are ignored. */
    private List<Violation> checkHeadings(ProvinceSheet sheet, Row row) {
        List<Violation> wrong = new ArrayList<>();
        if (row.getRowNum() != 0) {
            wrong.add(new Violation("file", messages.get("onboarding.file.headingsMissing", sheet.title())));
            return wrong;
        }
        for (Column column : sheet.columns()) {
            String found = SheetCells.text(row, column.index());
            if (!NameKey.of(found).equals(NameKey.of(column.heading()))) {
                wrong.add(new Violation(
                        "file",
                        messages.get(
                                "onboarding.file.heading",
                                sheet.title(),
                                letter(column.index()),
                                column.heading(),
                                found)));
            }
        }
        return wrong;
    }

    private ProvinceWorkbook parse(Map<ProvinceSheet, List<Line>> lines) {
        List<Problem> problems = new ArrayList<>();
        Choices choices = new Choices();

        List<Line> authorityLines = lines.get(ProvinceSheet.AUTHORITY);
        AuthorityRow authority = new AuthorityRow(2, "", "", null);
        for (int i = 0; i < authorityLines.size(); i++) {
            Line line = authorityLines.get(i);
            if (i > 0) {
                problems.add(Problem.at(ProvinceSheet.AUTHORITY, line.row(), null, "onboarding.authority.oneRow"));
                continue;
            }
            authority = new AuthorityRow(
                    line.row(),
                    line.cell(Column.AUTHORITY_CODE),
                    line.cell(Column.AUTHORITY_NAME),
                    choices.parse(choices.authorityKinds, line, Column.AUTHORITY_KIND, problems));
        }

        List<UnitRow> units = new ArrayList<>();
        for (Line line : lines.get(ProvinceSheet.UNITS)) {
            required(line, Column.UNIT_NAME, "unit.name.required", problems);
            units.add(new UnitRow(
                    line.row(),
                    line.cell(Column.UNIT_NAME),
                    line.cell(Column.UNIT_SHORT_NAME),
                    choices.parse(choices.unitKinds, line, Column.UNIT_KIND, problems),
                    line.cell(Column.UNIT_EMAIL),
                    line.cell(Column.UNIT_PHONE)));
        }

        List<CouncilRow> council = new ArrayList<>();
        for (Line line : lines.get(ProvinceSheet.COUNCIL)) {
            required(line, Column.COUNCIL_NAME, "councilMember.fullName.required", problems);
            council.add(new CouncilRow(line.row(), line.cell(Column.COUNCIL_NAME), line.cell(Column.COUNCIL_POSITION)));
        }

        List<BlocRow> blocs = new ArrayList<>();
        for (Line line : lines.get(ProvinceSheet.BLOCS)) {
            required(line, Column.BLOC_NAME, "bloc.name.required", problems);
            required(line, Column.BLOC_KIND, "bloc.kind.required", problems);
            blocs.add(new BlocRow(
                    line.row(),
                    line.cell(Column.BLOC_NAME),
                    choices.parse(choices.blocKinds, line, Column.BLOC_KIND, problems),
                    year(line, problems),
                    names(line.cell(Column.BLOC_MEMBERS)),
                    line.cell(Column.BLOC_LEADER),
                    line.cell(Column.BLOC_DEPUTY),
                    line.cell(Column.BLOC_COUNCIL_MEMBER)));
        }

        List<AccountRow> accounts = new ArrayList<>();
        for (Line line : lines.get(ProvinceSheet.ACCOUNTS)) {
            required(line, Column.ACCOUNT_USERNAME, "account.username.required", problems);
            required(line, Column.ACCOUNT_ROLE, "account.role.required", problems);
            Role role = choices.parse(choices.roles, line, Column.ACCOUNT_ROLE, problems);
            accounts.add(new AccountRow(
                    line.row(),
                    line.cell(Column.ACCOUNT_USERNAME),
                    line.cell(Column.ACCOUNT_FULL_NAME),
                    line.cell(Column.ACCOUNT_EMAIL),
                    role == null ? null : role.name(),
                    line.cell(Column.ACCOUNT_SCOPE)));
        }
        return new ProvinceWorkbook(authority, units, council, blocs, accounts, problems);
    }

    private static void required(Line line, Column column, String code, List<Problem> problems) {
        if (line.cell(column).isEmpty()) {
            problems.add(Problem.at(line.row(), column, code));
        }
    }

    private static Integer year(Line line, List<Problem> problems) {
        String text = line.cell(Column.BLOC_YEAR);
        if (text.isEmpty()) {
            problems.add(Problem.at(line.row(), Column.BLOC_YEAR, "blocYear.year.required"));
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(Problem.at(line.row(), Column.BLOC_YEAR, "onboarding.year.notNumber", text));
            return null;
        }
    }

    /** Names in one cell, separated by semicolons or line breaks (a unit's name may hold a comma). */
    static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String name : cell.split("[;\\r\\n]+")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** The values a cell of a kind or role may hold: each code and each Vietnamese label, by their keys. */
    private final class Choices {

        final Map<String, AuthorityKind> authorityKinds = new LinkedHashMap<>();
        final Map<String, UnitKind> unitKinds = new LinkedHashMap<>();
        final Map<String, BlocKind> blocKinds = new LinkedHashMap<>();
        final Map<String, Role> roles = new LinkedHashMap<>();

        Choices() {
            for (AuthorityKind kind : AuthorityKind.values()) {
                add(authorityKinds, kind, kind.name(), messages.get("authorityKind." + kind));
            }
            authorityKinds.put(NameKey.of("Tỉnh"), AuthorityKind.PROVINCE);
            authorityKinds.put(NameKey.of("Thành phố"), AuthorityKind.PROVINCE);
            authorityKinds.put(NameKey.of("Bộ"), AuthorityKind.MINISTRY);
            for (UnitKind kind : UnitKind.values()) {
                add(unitKinds, kind, kind.name(), messages.get("unitKind." + kind));
            }
            for (BlocKind kind : BlocKind.values()) {
                add(blocKinds, kind, kind.name(), messages.get("blocKind." + kind));
            }
            blocKinds.put(NameKey.of("Khối"), BlocKind.KHOI);
            blocKinds.put(NameKey.of("Cụm"), BlocKind.CUM);
            blocKinds.put(NameKey.of("Khu vực"), BlocKind.KHU_VUC);
            for (Role role : Role.values()) {
                add(roles, role, role.name(), messages.get("role." + role));
            }
        }

        private <E> void add(Map<String, E> map, E value, String code, String label) {
            map.put(NameKey.of(code), value);
            map.put(NameKey.of(code.replace('_', ' ')), value);
            map.put(NameKey.of(label), value);
        }

        /** Null for a blank cell (required cells are checked apart) or an unknown value, then with its problem. */
        <E> E parse(Map<String, E> choices, Line line, Column column, List<Problem> problems) {
            String text = line.cell(column);
            if (text.isEmpty()) {
                return null;
            }
            E value = choices.get(NameKey.of(text));
            if (value == null) {
                problems.add(Problem.at(
                        line.row(), column, "onboarding.value.unknown", text, String.join("; ", accepted(choices))));
            }
            return value;
        }

        private <E> List<String> accepted(Map<String, E> choices) {
            List<String> labels = new ArrayList<>();
            for (E value : new java.util.LinkedHashSet<>(choices.values())) {
                labels.add(((Enum<?>) value).name() + " (" + label(value) + ")");
            }
            return labels;
        }

        private String label(Object value) {
            if (value instanceof AuthorityKind k) {
                return messages.get("authorityKind." + k);
            }
            if (value instanceof UnitKind k) {
                return messages.get("unitKind." + k);
            }
            if (value instanceof BlocKind k) {
                return messages.get("blocKind." + k);
            }
            return messages.get("role." + value);
        }
    }

    /**
     * The template: instructions with an example of every sheet, the five data sheets with their
     * headings only (a board's authority already written in), and the lists of kinds and roles the
     * cells offer.
     */
    public byte[] template(AuthorityView authority, int year) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle example = workbook.createCellStyle();
            Font exampleFont = workbook.createFont();
            exampleFont.setItalic(true);
            exampleFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example.setFont(exampleFont);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet help = workbook.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 40 * 256);
            int r = 0;
            help.createRow(r++).createCell(0).setCellValue(messages.get("onboarding.help.title"));
            help.getRow(0).getCell(0).setCellStyle(bold);
            for (int i = 1; i <= HELP_LINES; i++) {
                help.createRow(r++).createCell(0).setCellValue(messages.get("onboarding.help." + i));
            }
            for (Map.Entry<ProvinceSheet, List<List<String>>> sheet :
                    examples(year).entrySet()) {
                r++;
                help.createRow(r++)
                        .createCell(0)
                        .setCellValue(messages.get(
                                "onboarding.help.example", sheet.getKey().title()));
                Row headings = help.createRow(r++);
                for (Column column : sheet.getKey().columns()) {
                    headings.createCell(column.index()).setCellValue(column.heading());
                    headings.getCell(column.index()).setCellStyle(bold);
                }
                for (List<String> values : sheet.getValue()) {
                    Row row = help.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                        row.getCell(c).setCellStyle(example);
                    }
                }
            }
            for (int c = 1; c < 7; c++) {
                help.setColumnWidth(c, 28 * 256);
            }

            for (ProvinceSheet data : ProvinceSheet.values()) {
                Sheet sheet = workbook.createSheet(data.title());
                Row headings = sheet.createRow(0);
                for (Column column : data.columns()) {
                    headings.createCell(column.index()).setCellValue(column.heading());
                    headings.getCell(column.index()).setCellStyle(bold);
                    sheet.setColumnWidth(column.index(), column.width() * 256);
                    sheet.setDefaultColumnStyle(column.index(), wrap);
                }
                sheet.createFreezePane(0, 1);
            }
            if (authority != null) {
                Row row = workbook.getSheet(ProvinceSheet.AUTHORITY.title()).createRow(1);
                row.createCell(Column.AUTHORITY_CODE.index()).setCellValue(authority.code());
                row.createCell(Column.AUTHORITY_NAME.index()).setCellValue(authority.name());
                row.createCell(Column.AUTHORITY_KIND.index())
                        .setCellValue(messages.get("authorityKind." + authority.kind()));
            }
            lists(workbook, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lists of codes and labels, and a drop-down on each cell that takes one (a code typed in is accepted too). */
    private void lists(XSSFWorkbook workbook, CellStyle bold) {
        Sheet lists = workbook.createSheet(LISTS_SHEET);
        Map<Column, List<String[]>> values = new LinkedHashMap<>();
        values.put(
                Column.AUTHORITY_KIND,
                java.util.Arrays.stream(AuthorityKind.values())
                        .map(k -> new String[] {k.name(), messages.get("authorityKind." + k)})
                        .toList());
        values.put(
                Column.UNIT_KIND,
                java.util.Arrays.stream(UnitKind.values())
                        .map(k -> new String[] {k.name(), messages.get("unitKind." + k)})
                        .toList());
        values.put(
                Column.BLOC_KIND,
                java.util.Arrays.stream(BlocKind.values())
                        .map(k -> new String[] {k.name(), messages.get("blocKind." + k)})
                        .toList());
        values.put(
                Column.ACCOUNT_ROLE,
                java.util.Arrays.stream(Role.values())
                        .map(k -> new String[] {k.name(), messages.get("role." + k)})
                        .toList());
        int c = 0;
        Row headings = lists.createRow(0);
        for (Map.Entry<Column, List<String[]>> list : values.entrySet()) {
            headings.createCell(c).setCellValue(list.getKey().heading() + " (mã)");
            headings.createCell(c + 1).setCellValue(list.getKey().heading());
            headings.getCell(c).setCellStyle(bold);
            headings.getCell(c + 1).setCellStyle(bold);
            lists.setColumnWidth(c, 18 * 256);
            lists.setColumnWidth(c + 1, 34 * 256);
            for (int i = 0; i < list.getValue().size(); i++) {
                Row row = lists.getRow(i + 1) == null ? lists.createRow(i + 1) : lists.getRow(i + 1);
                row.createCell(c).setCellValue(list.getValue().get(i)[0]);
                row.createCell(c + 1).setCellValue(list.getValue().get(i)[1]);
            }
            Column column = list.getKey();
            // the list offers the codes: short, and what the reader takes first
            String range = "'" + LISTS_SHEET + "'!$" + letter(c) + "$2:$" + letter(c) + "$"
                    + (list.getValue().size() + 1);
            Sheet target = workbook.getSheet(column.sheet().title());
            DataValidationHelper helper = target.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(1, VALIDATED_ROWS, column.index(), column.index()));
            validation.setShowErrorBox(false);
            target.addValidationData(validation);
            c += 3;
        }
    }

    private Map<ProvinceSheet, List<List<String>>> examples(int year) {
        Map<ProvinceSheet, List<List<String>>> examples = new LinkedHashMap<>();
        examples.put(ProvinceSheet.AUTHORITY, List.of(List.of("lang-son", "Tỉnh Lạng Sơn", "PROVINCE")));
        examples.put(
                ProvinceSheet.UNITS,
                List.of(
                        List.of("Sở Tài chính", "STC", "SO", "stc@langson.gov.vn", "0205 3812 345"),
                        List.of("Sở Nội vụ", "SNV", "SO", "", ""),
                        List.of("Văn phòng UBND tỉnh", "VP UBND", "VAN_PHONG", "", "")));
        examples.put(
                ProvinceSheet.COUNCIL,
                List.of(List.of(
                        "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh")));
        examples.put(
                ProvinceSheet.BLOCS,
                List.of(List.of(
                        "Cụm các cơ quan Tham mưu tổng hợp",
                        "CUM",
                        String.valueOf(year),
                        "Sở Tài chính; Sở Nội vụ; Văn phòng UBND tỉnh",
                        "Sở Tài chính",
                        "Sở Nội vụ",
                        "Nguyễn Văn An")));
        examples.put(
                ProvinceSheet.ACCOUNTS,
                List.of(
                        List.of(
                                "taichinh.lethibinh",
                                "Lê Thị Bình",
                                "binh@langson.gov.vn",
                                "UNIT_OFFICER",
                                "Sở Tài chính"),
                        List.of("hoidong.nguyenvanan", "Nguyễn Văn An", "", "COUNCIL_MEMBER", "Nguyễn Văn An"),
                        List.of("ban.tranthicuc", "Trần Thị Cúc", "", "BOARD", "")));
        return examples;
    }

    static String letter(int index) {
        return index < 26
                ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }
}
