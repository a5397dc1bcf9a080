package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Reference data: the 81 provinces and 973 districts (db/data/*.csv), the catalogue institutions that exist in
 * every province and district (Art 4(2), 4(3); "varsa" ones are added where they exist), and one board per
 * province and per district.
 */
public class V3__Reference_areas extends BaseJavaMigration {

    private record KindRow(String code, String level, String template) {
    }

    private record DistrictRow(long id, int plate, String name) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<Integer, String> provinces = new HashMap<>();
        for (String[] row : csv("db/data/provinces.csv")) {
            provinces.put(Integer.parseInt(row[0]), row[1]);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO province (plate_code, name) VALUES (?, ?)")) {
            for (var e : provinces.entrySet()) {
                ps.setInt(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO district (plate_code, name) VALUES (?, ?)")) {
            for (String[] row : csv("db/data/districts.csv")) {
                ps.setInt(1, Integer.parseInt(row[0]));
                ps.setString(2, row[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<DistrictRow> districts = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, plate_code, name FROM district")) {
            while (rs.next()) {
                districts.add(new DistrictRow(rs.getLong(1), rs.getInt(2), rs.getString(3)));
            }
        }
        List<KindRow> kinds = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT code, level, name_template FROM institution_kind WHERE only_where_present = FALSE ORDER BY sort_order")) {
            while (rs.next()) {
                kinds.add(new KindRow(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO institution (plate_code, district_id, kind_code, code, name, category) VALUES (?, ?, ?, ?, ?, 'MEMBER')")) {
            for (var province : provinces.entrySet()) {
                for (KindRow kind : kinds) {
                    if (kind.level().equals("PROVINCE")) {
                        ps.setInt(1, province.getKey());
                        ps.setNull(2, java.sql.Types.BIGINT);
                        ps.setString(3, kind.code());
                        ps.setString(4, slug(kind.code()));
                        ps.setString(5, kind.template().replace("{il}", province.getValue()));
                        ps.addBatch();
                    }
                }
            }
            for (DistrictRow district : districts) {
                String districtName = displayName(district, provinces);
                for (KindRow kind : kinds) {
                    if (kind.level().equals("DISTRICT")) {
                        ps.setInt(1, district.plate());
                        ps.setLong(2, district.id());
                        ps.setString(3, kind.code());
                        ps.setString(4, "ilce-" + district.id() + "-" + slug(kind.code()));
                        ps.setString(5, kind.template().replace("{ilce}", districtName).replace("{il}", provinces.get(district.plate())));
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO board (level, plate_code, district_id, name, border_district) VALUES (?, ?, ?, ?, FALSE)")) {
            for (var province : provinces.entrySet()) {
                ps.setString(1, "PROVINCIAL");
                ps.setInt(2, province.getKey());
                ps.setNull(3, java.sql.Types.BIGINT);
                ps.setString(4, province.getValue() + " İl Göç Koordinasyon Kurulu");
                ps.addBatch();
            }
            for (DistrictRow district : districts) {
                ps.setString(1, "DISTRICT");
                ps.setInt(2, district.plate());
                ps.setLong(3, district.id());
                ps.setString(4, displayName(district, provinces) + " İlçe Göç Koordinasyon Kurulu");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String displayName(DistrictRow district, Map<Integer, String> provinces) {
        return "Merkez".equals(district.name()) ? provinces.get(district.plate()) + " Merkez" : district.name();
    }

    private static String slug(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<String[]> csv(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = V3__Reference_areas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    int comma = line.indexOf(',');
                    rows.add(new String[] {line.substring(0, comma), unquote(line.substring(comma + 1))});
                }
            }
        }
        return rows;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

}
