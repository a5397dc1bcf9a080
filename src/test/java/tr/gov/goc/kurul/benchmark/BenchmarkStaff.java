package tr.gov.goc.kurul.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The benchmark's country: the demo file's titles and name pools, with every province staffed like a demo
 * province — every other one at 20,000 foreigners (four board meetings a year, R7.1), the others at 5,000 (two,
 * R7.2) — and two districts of each at 2,000 and over (two district meetings a year each, R8.1).
 */
final class BenchmarkStaff {

    private BenchmarkStaff() {
    }

    /** The first {@code count} provinces, Gaziantep first (the one whose liaison officer's task list is timed). */
    static List<Integer> plates(int count) {
        List<Integer> plates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plates.add(i == 0 ? 27 : (i < 27 ? i : i + 1));
        }
        return plates;
    }

    static String slug(int plate) {
        return "il" + plate;
    }

    static Path write(Path file, int provinces) throws IOException {
        Map<String, Object> demo;
        try (InputStream in = BenchmarkStaff.class.getResourceAsStream("/demo/demo-data.yml")) {
            demo = new Yaml().load(in);
        }
        Map<String, List<String>> districts = districts();
        Map<String, Object> staff = new LinkedHashMap<>(demo);
        staff.put("national", List.of());
        List<Map<String, Object>> list = new ArrayList<>();
        for (int plate : plates(provinces)) {
            String slug = slug(plate);
            Map<String, Object> province = new LinkedHashMap<>();
            province.put("plateCode", plate);
            province.put("slug", slug);
            province.put("foreignPopulation", list.size() % 2 == 0 ? 20_000 : 5_000);
            province.put("populationAsOf", "2026-09-30");
            province.put("populationSource", "Kıyaslama verisi");
            province.put("people", List.of(
                    person("VALILIK", "Vali", slug + ".vali", "CHAIR"),
                    person("VALILIK", "Vali Yardımcısı", slug + ".valiyardimcisi", "CHAIR_OFFICE"),
                    person("GOC_IDARESI", "Uyum Çalışma Grubu Başkanı", slug + ".sekreter", "SECRETARY")));
            List<Map<String, Object>> eligible = new ArrayList<>();
            List<String> names = districts.getOrDefault(String.valueOf(plate), List.of());
            for (int d = 0; d < Math.min(2, names.size()); d++) {
                Map<String, Object> district = new LinkedHashMap<>();
                district.put("name", names.get(d));
                district.put("foreignPopulation", 3_000 - d * 500);
                district.put("kaymakamLogin", slug + ".ilce" + (d + 1) + ".kaymakam");
                district.put("secretaryLogin", slug + ".ilce" + (d + 1) + ".sekreter");
                eligible.add(district);
            }
            province.put("districts", eligible);
            province.put("invited", List.of());
            list.add(province);
        }
        staff.put("provinces", list);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDereferenceAliases(true); // shared lists written out in full: the loader allows only 50 aliases
        options.setAllowUnicode(true);
        Files.createDirectories(file.getParent());
        Files.writeString(file, new Yaml(options).dump(staff), StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, Object> person(String institution, String title, String username, String role) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("institution", institution);
        person.put("firstName", "Kıyas");
        person.put("lastName", username.substring(username.indexOf('.') + 1).replace(".", " "));
        person.put("title", title);
        person.put("username", username);
        person.put("roles", List.of(role));
        return person;
    }

    /** District names per plate code, from the reference data Flyway loads. */
    private static Map<String, List<String>> districts() throws IOException {
        Map<String, List<String>> byPlate = new LinkedHashMap<>();
        try (InputStream in = BenchmarkStaff.class.getResourceAsStream("/db/data/districts.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split(",", 2);
                byPlate.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1].trim());
            }
        }
        return byPlate;
    }
}
