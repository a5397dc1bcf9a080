package tr.gov.goc.kurul.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How a Camunda Form is read for what its task's completion may set: the input fields with their kinds and limits,
 * nothing of the display components, nothing of a disabled field. Every form of Kurul is read without an unknown
 * kind of field — a new kind fails here (and is refused at completion) until {@link DeployedForm} handles it.
 */
class DeployedFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFormOfKurulDeclaresOnlyFieldKindsThatAreChecked() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).hasSizeGreaterThan(20);
        for (Path file : forms) {
            DeployedForm form = DeployedForm.parse(JSON.readTree(file.toFile()));
            assertThat(form.fields()).as(file.toString()).isNotEmpty();
            form.fields().values().forEach(field -> assertThat(field.kind()).as(file + " " + field.key())
                    .isNotEqualTo(DeployedForm.Kind.UNSUPPORTED));
        }
    }

    @Test
    void theAgendaProposalFormDeclaresItsFieldsWithTheirLimitsAndOptions() throws IOException {
        DeployedForm form = DeployedForm.parse(JSON.readTree(Path.of("forms", "agenda-proposal.form").toFile()));
        assertThat(form.fields()).containsOnlyKeys("hasProposal", "topic", "category", "description", "specialRequest",
                "specialRequestText", "activities", "negativeEvents", "riskFlag");
        DeployedForm.Field topic = form.fields().get("topic");
        assertThat(topic.kind()).isEqualTo(DeployedForm.Kind.TEXT);
        assertThat(topic.maxLength()).isEqualTo(200);
        assertThat(topic.label()).isEqualTo("Gündem konusu");
        assertThat(form.fields().get("category").options()).contains("SOSYAL_UYUM", "DIGER").hasSize(7);
        assertThat(form.fields().get("riskFlag").kind()).isEqualTo(DeployedForm.Kind.CHECKBOX);
    }

    @Test
    void displayComponentsDisabledFieldsAndGroupsAreReadAsForms() throws IOException {
        DeployedForm form = DeployedForm.parse(JSON.readTree("""
                {"id":"deneme","components":[
                  {"type":"text","text":"Başlık"},
                  {"type":"table","dataSource":"=rows"},
                  {"type":"textfield","key":"kapali","label":"Kapalı","disabled":true},
                  {"type":"group","components":[{"type":"number","key":"sayi","label":"Sayı","validate":{"min":1,"max":9}}]},
                  {"type":"datetime","key":"saat","subtype":"time","timeLabel":"Saat"},
                  {"type":"checklist","key":"secim","valuesKey":"secenekler"},
                  {"type":"textarea","key":"ozet","label":"Özet","readonly":true},
                  {"type":"filepicker","key":"belge","label":"Belge"}]}"""));
        assertThat(form.fields()).containsOnlyKeys("sayi", "saat", "secim", "ozet", "belge");
        assertThat(form.fields().get("sayi").min()).isEqualTo(1.0);
        assertThat(form.fields().get("sayi").max()).isEqualTo(9.0);
        assertThat(form.fields().get("saat").kind()).isEqualTo(DeployedForm.Kind.TIME);
        assertThat(form.fields().get("saat").label()).isEqualTo("Saat");
        assertThat(form.fields().get("secim").optionsVariable()).isEqualTo("secenekler");
        assertThat(form.fields().get("ozet").readonly()).isTrue();
        assertThat(form.fields().get("belge").kind()).isEqualTo(DeployedForm.Kind.UNSUPPORTED);
    }
}
