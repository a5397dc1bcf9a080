package tr.gov.goc.kurul.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label of Camunda 7.24's English webapps (en.json, read from the camunda-webapp-webjar on the classpath)
 * exists in Kurul's Turkish tr.json of the same app, translated (not left empty, its {{placeholders}} kept), and
 * the app's config.js makes Turkish the fallback locale. A label Camunda adds in a new release fails this test
 * until it is translated.
 */
class TurkishWebappsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasATurkishTranslation(String app) throws IOException {
        Map<String, String> english = flatten(read(APP + app + "/locales/en.json").path("labels"));
        Map<String, String> turkish = flatten(read(APP + app + "/locales/tr.json").path("labels"));
        assertThat(english).as("en.json of %s from the Camunda webjar", app).hasSizeGreaterThan(100);

        List<String> missing = new ArrayList<>(english.keySet());
        missing.removeAll(turkish.keySet());
        assertThat(missing).as("%s: tr.json lacks these en.json keys", app).isEmpty();

        List<String> problems = new ArrayList<>();
        english.forEach((key, en) -> {
            String tr = turkish.get(key);
            if (!en.isEmpty() && tr.isBlank()) {
                problems.add(key + " boş");
            } else if (!placeholders(en).equals(placeholders(tr))) {
                problems.add(key + ": " + placeholders(en) + " ≠ " + placeholders(tr));
            }
        });
        assertThat(problems).as("%s: untranslated labels or lost placeholders", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreTurkish(String app) throws IOException {
        JsonNode dates = read(APP + app + "/locales/tr.json").path("dateLocales");
        assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
        assertThat(dates.path("longDateFormat").path("LT").asText()).isEqualTo("HH:mm");
        assertThat(dates.path("months").get(0).asText()).isEqualTo("Ocak");
        assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Pazartesi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void turkishIsTheFallbackLocaleAndTheBannerIsHidden(String app) throws IOException {
        String config = text(APP + app + "/scripts/config.js");
        assertThat(config).contains("fallbackLocale: 'tr'").contains("availableLocales: ['tr']").contains("vendor: 'Kurul'");
        assertThat(text(APP + app + "/styles/user-styles.css")).contains(".ce-eol-banner").contains("display: none");
    }

    private static List<String> placeholders(String label) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(label);
        while (m.find()) {
            found.add(m.group(1));
        }
        Collections.sort(found);
        return found;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), flat));
        } else {
            flat.put(prefix, node.asText());
        }
    }

    private static JsonNode read(String resource) throws IOException {
        return JSON.readTree(stripBom(text(resource)));
    }

    private static String text(String resource) throws IOException {
        URL url = TurkishWebappsTest.class.getClassLoader().getResource(resource);
        assertThat(url).as("classpath resource %s", resource).isNotNull();
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
