package tr.gov.goc.kurul.people;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.PhoneNumbers;
import tr.gov.goc.kurul.common.PlainTextValidator;
import tr.gov.goc.kurul.common.TurkishOrder;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.Institutions;

/**
 * The liaison list as a spreadsheet (the secretariats keep it in one): download the province's list of a year as .xlsx,
 * upload a filled template (.xlsx or .csv) and see every wrong row with a Turkish message; nothing is stored until the
 * whole file is right and the user confirms. One row per slot (R6.3: the principal and the substitute of each
 * institution); slots not in the file stay as they are. A liaison officer in the file who has no login yet gets one
 * when an e-mail address is known (R10.2, R5.6: the institution's tasks wait for them in Tasklist): the user name is
 * shown in the preview, and the invitation to set the password goes to that address (as "Kişi ekle" does).
 */
@Service
@Transactional(readOnly = true)
public class LiaisonSheets {

    static final List<String> HEADERS = List.of("Kurum", "Görev (Asil/Yedek)", "Ad", "Soyad", "Unvan", "Telefon", "E-posta",
            "Şube müdürü düzeyinde (Evet/Hayır)");
    static final int MAX_ROWS = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile(PhoneNumbers.PATTERN);
    private static final Locale TR = TurkishOrder.TURKISH;

    private final Liaisons liaisons;
    private final People people;
    private final PersonRepository persons;
    private final Institutions institutions;
    private final LoginNames loginNames;

    LiaisonSheets(Liaisons liaisons, People people, PersonRepository persons, Institutions institutions, LoginNames loginNames) {
        this.liaisons = liaisons;
        this.people = people;
        this.persons = persons;
        this.institutions = institutions;
        this.loginNames = loginNames;
    }

    /** The year's list (empty slots as rows to fill); contacts masked unless {@code contacts} (KVKK). */
    public byte[] export(int plateCode, int year, boolean contacts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("İrtibat " + year);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Liaisons.SheetRow row : liaisons.sheet(plateCode, year)) {
                r = write(sheet, r, row.institution(), "Asil", row.principal(), contacts);
                r = write(sheet, r, row.institution(), "Yedek", row.substitute(), contacts);
            }
            int[] widths = {48, 18, 18, 18, 24, 18, 32, 32};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int write(Sheet sheet, int r, Institution institution, String role, LiaisonAssignment a, boolean contacts) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(institution.getName());
        row.createCell(1).setCellValue(role);
        if (a != null) {
            Person p = people.person(a.getPersonId());
            row.createCell(2).setCellValue(p.getFirstName());
            row.createCell(3).setCellValue(p.getLastName());
            row.createCell(4).setCellValue(nullToEmpty(p.getTitle()));
            row.createCell(5).setCellValue(nullToEmpty(contacts ? p.getPhone() : Contacts.masked(p.getPhone())));
            row.createCell(6).setCellValue(nullToEmpty(contacts ? p.getEmail() : Contacts.masked(p.getEmail())));
            row.createCell(7).setCellValue(p.isBranchManagerLevel() ? "Evet" : "Hayır");
        }
        return r + 1;
    }

    /**
     * One row of the file, as read, with what Kurul would do and what is wrong with it; {@code withoutLogin}: a right
     * row whose person will have no login (no e-mail address), to be shown as a warning.
     */
    public record RowCheck(int line, String institution, String role, String name, String action, List<String> errors,
                           boolean withoutLogin) {
    }

    /** @param stored whether the file was stored (only when every row is right and the user confirmed) */
    public record Preview(String fileName, int rowCount, int errorCount, boolean stored, List<RowCheck> rows) {
    }

    /**
     * Reads and checks a file; with {@code confirm} and no error, stores it (people created or updated, logins given,
     * slots filled).
     */
    @Transactional
    public Preview upload(int plateCode, int year, String fileName, byte[] content, boolean confirm) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
        List<List<String>> table = read(fileName, content);
        List<Checked> checked = check(plateCode, table);
        int errors = (int) checked.stream().filter(c -> !c.errors.isEmpty()).count();
        boolean store = confirm && errors == 0 && !checked.isEmpty();
        if (store) {
            for (Checked c : checked) {
                Person person = c.existing != null ? people.update(c.existing.getId(), data(c)) : people.create(data(c));
                liaisons.assign(c.institution.getId(), year, c.role, person.getId());
            }
        }
        return new Preview(fileName, checked.size(), errors, store, checked.stream().map(Checked::view).toList());
    }

    private static PersonData data(Checked c) {
        Person existing = c.existing;
        String username = c.hasLogin() ? existing.getUsername() : c.login;
        // a login's e-mail (password links) is the administrator's to change
        String email = c.hasLogin() ? existing.getEmail() : c.invitationAddress();
        return new PersonData(c.firstName, c.lastName, c.title.isEmpty() && existing != null ? existing.getTitle() : c.title,
                c.institution.getId(), c.phone.isEmpty() && existing != null ? existing.getPhone() : c.phone,
                email == null || email.isEmpty() ? null : email,
                username,
                c.level == null ? existing != null && existing.isBranchManagerLevel() : c.level,
                existing == null ? java.util.Set.of() : existing.getSystemRoles());
    }

    private static final class Checked {
        int line;
        String institutionText;
        String roleText;
        Institution institution;
        LiaisonRole role;
        String firstName;
        String lastName;
        String title;
        String phone;
        String email;
        Boolean level;
        Person existing;
        /** The login this row gives (a person without one, an e-mail address known), or null. */
        String login;
        final List<String> errors = new ArrayList<>();

        boolean hasLogin() {
            return existing != null && existing.getUsername() != null;
        }

        /** The address an invitation would go to: the file's, or the one on record. */
        String invitationAddress() {
            return !email.isEmpty() ? email : existing == null || existing.getEmail() == null ? "" : existing.getEmail();
        }

        RowCheck view() {
            String action = !errors.isEmpty() ? "Hatalı satır"
                    : (existing != null ? "Kayıtlı kişi: " + existing.getFullName() : "Yeni kişi kaydedilecek")
                    + (hasLogin() ? "" : login != null
                            ? "; giriş hesabı açılacak: " + login + " (parola belirleme daveti " + invitationAddress() + " adresine gider)"
                            : "; e-posta adresi yok: giriş hesabı açılamaz, kurumun görevlerini Kurul'da göremez");
            return new RowCheck(line, institutionText, roleText, (firstName + " " + lastName).trim(), action, List.copyOf(errors),
                    errors.isEmpty() && !hasLogin() && login == null);
        }
    }

    private List<Checked> check(int plateCode, List<List<String>> table) {
        Map<String, Institution> byName = new HashMap<>();
        for (Institution i : institutions.ofProvince(plateCode)) {
            if (institutions.mayJoinSubCommission(i)) {
                byName.put(key(i.getName()), i);
            }
        }
        List<Checked> rows = new ArrayList<>();
        for (int index = 0; index < table.size(); index++) {
            List<String> cells = table.get(index);
            if (index == 0 && !cells.isEmpty() && key(cells.get(0)).equals(key(HEADERS.get(0)))) {
                continue; // the header
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Checked c = new Checked();
            c.line = index + 1;
            c.institutionText = cell(cells, 0);
            c.roleText = cell(cells, 1);
            c.firstName = cell(cells, 2);
            c.lastName = cell(cells, 3);
            c.title = cell(cells, 4);
            c.phone = cell(cells, 5);
            c.email = cell(cells, 6);
            String level = cell(cells, 7);
            if (c.firstName.isEmpty() && c.lastName.isEmpty() && !c.institutionText.isEmpty()) {
                continue; // an empty slot of the downloaded list, left empty
            }
            for (int i = 0; i < Math.min(cells.size(), HEADERS.size()); i++) {
                String problem = PlainTextValidator.problem(cells.get(i));
                if (problem != null) {
                    c.errors.add(HEADERS.get(i) + ": " + problem);
                }
            }
            c.institution = byName.get(key(c.institutionText));
            if (c.institutionText.isEmpty()) {
                c.errors.add("Kurum zorunludur.");
            } else if (c.institution == null) {
                c.errors.add("Kurum bulunamadı: \"" + c.institutionText + "\" — ilin alt komisyona irtibat görevlisi gönderen kurumlarından "
                        + "biri, indirilen listedeki adıyla yazılmalıdır (R6.3).");
            }
            switch (key(c.roleText)) {
                case "asil" -> c.role = LiaisonRole.PRINCIPAL;
                case "yedek" -> c.role = LiaisonRole.SUBSTITUTE;
                default -> c.errors.add("Görev \"Asil\" ya da \"Yedek\" olmalıdır.");
            }
            if (c.firstName.isEmpty()) {
                c.errors.add("Ad zorunludur.");
            }
            if (c.lastName.isEmpty()) {
                c.errors.add("Soyad zorunludur.");
            }
            if (!c.phone.isEmpty() && !PHONE.matcher(c.phone).matches()) {
                c.errors.add(PhoneNumbers.MESSAGE);
            }
            if (!c.email.isEmpty() && (!EMAIL.matcher(c.email).matches() || c.email.length() > 200)) {
                c.errors.add("Geçerli bir e-posta adresi girin: \"" + c.email + "\".");
            }
            switch (key(level)) {
                case "evet" -> c.level = true;
                case "hayır", "hayir" -> c.level = false;
                case "" -> c.level = null;
                default -> c.errors.add("Şube müdürü düzeyi \"Evet\" ya da \"Hayır\" olmalıdır.");
            }
            if (c.firstName.length() > 100 || c.lastName.length() > 100 || c.title.length() > 150) {
                c.errors.add("Ad ve soyad en fazla 100, unvan en fazla 150 karakter olabilir.");
            }
            if (c.institution != null && !c.firstName.isEmpty() && !c.lastName.isEmpty()) {
                c.existing = match(c.institution, c.firstName, c.lastName).orElse(null);
            }
            rows.add(c);
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "Dosyada en fazla " + MAX_ROWS + " satır olabilir.");
        }
        crossCheck(rows);
        java.util.Set<String> given = new java.util.HashSet<>();
        for (Checked c : rows) {
            if (c.errors.isEmpty() && !c.hasLogin() && !c.invitationAddress().isEmpty()) {
                c.login = loginNames.forPerson(c.firstName, c.lastName, given);
                given.add(c.login);
            }
        }
        return rows;
    }

    // R6.3: one principal and one substitute per institution, two different people; a substitute needs a principal
    private void crossCheck(List<Checked> rows) {
        Map<String, Checked> slots = new HashMap<>();
        Map<Long, Map<String, LiaisonRole>> people = new HashMap<>();
        Map<Long, List<Checked>> byInstitution = new LinkedHashMap<>();
        for (Checked c : rows) {
            if (c.institution == null || c.role == null) {
                continue;
            }
            byInstitution.computeIfAbsent(c.institution.getId(), k -> new ArrayList<>()).add(c);
            Checked earlier = slots.putIfAbsent(c.institution.getId() + "/" + c.role, c);
            if (earlier != null) {
                c.errors.add("Bu kurumun " + (c.role == LiaisonRole.PRINCIPAL ? "asil" : "yedek")
                        + " görevlisi " + earlier.line + ". satırda da var: her kurumdan bir asil, bir yedek (R6.3).");
            }
            String person = key(c.firstName) + " " + key(c.lastName);
            LiaisonRole other = people.computeIfAbsent(c.institution.getId(), k -> new HashMap<>()).putIfAbsent(person, c.role);
            if (other != null && other != c.role) {
                c.errors.add("Aynı kişi hem asil hem yedek olamaz (R6.3): " + c.firstName + " " + c.lastName + ".");
            }
        }
        for (List<Checked> list : byInstitution.values()) {
            boolean principal = list.stream().anyMatch(c -> c.role == LiaisonRole.PRINCIPAL);
            if (!principal) {
                list.forEach(c -> c.errors.add("Bu kurumun asil irtibat görevlisi dosyada yok: yedek, asil ile birlikte bildirilir (R6.3)."));
            }
        }
    }

    private Optional<Person> match(Institution institution, String firstName, String lastName) {
        return persons.findByInstitutionIdIn(List.of(institution.getId())).stream()
                .filter(p -> key(p.getFirstName()).equals(key(firstName)) && key(p.getLastName()).equals(key(lastName)))
                .findFirst();
    }

    private static String key(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(TR);
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ reading .xlsx and .csv

    private static List<List<String>> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "Dosya boş.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            return readXlsx(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
            return readCsv(new String(content, StandardCharsets.UTF_8));
        }
        throw new InvalidInputException("file", "Yalnızca .xlsx ya da .csv dosyası yüklenebilir.");
    }

    private static List<List<String>> readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(TR);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 1); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < HEADERS.size(); i++) {
                    Cell cell = row == null ? null : row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "Dosya okunamadı: geçerli bir .xlsx dosyası değil.");
        }
    }

    /** CSV as spreadsheets save it: ";" or "," separated (whichever the header uses), quotes doubled, a BOM allowed. */
    private static List<List<String>> readCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(ch -> ch == ';').count() >= firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
