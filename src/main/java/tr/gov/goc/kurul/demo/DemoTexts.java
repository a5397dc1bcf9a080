package tr.gov.goc.kurul.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import tr.gov.goc.kurul.agenda.AgendaProposalView;

/**
 * What the demo's people write: agenda answers per institution (R10.2, R5.3, R10.9) and the boards' decisions
 * (R12.1), chosen by turns so that each meeting reads differently. Texts only; when and who is {@link DemoUsers}.
 */
final class DemoTexts {

    record Proposal(String topic, String category, String description) {
    }

    record DecisionText(String text, String justification, String aim, List<String> responsible, int days) {
    }

    private static final Map<String, Proposal> PROPOSALS = Map.ofEntries(
            Map.entry("milli-egitim", new Proposal("Yabancı öğrencilerin okullaşma oranı", "SOSYAL_UYUM",
                    "Okul çağındaki yabancı çocukların bir kısmı kayıtlı değil; uyum sınıflarının kapasitesi yetersiz.")),
            Map.entry("saglik", new Proposal("Sağlık hizmetlerinde dil engeli", "SOSYAL_UYUM",
                    "Devlet hastanelerinde tercüman sayısı az; hastalar randevularını kaçırıyor.")),
            Map.entry("iskur", new Proposal("Kayıtlı istihdama geçiş", "DUZENLI_GOC",
                    "Çalışma izni başvuruları düşük; işverenler için bilgilendirme gerekiyor.")),
            Map.entry("aile-sosyal", new Proposal("Refakatsiz çocuklar", "ULUSLARARASI_KORUMA",
                    "Refakatsiz yabancı çocuklar için koruyucu aile kapasitesi yetersiz.")),
            Map.entry("emniyet", new Proposal("Düzensiz göçle mücadele", "DUZENSIZ_GOC",
                    "Şehir merkezinde yakalanan düzensiz göçmen sayısı arttı; geri gönderme merkezi kapasitesi dolu.")),
            Map.entry("goc-idaresi", new Proposal("Adres kayıtlarının güncellenmesi", "GECICI_KORUMA",
                    "Geçici koruma altındaki kişilerin adres güncellemeleri geciktiği için hizmetlere erişim aksıyor.")),
            Map.entry("jandarma", new Proposal("Kırsalda mevsimlik işçiler", "DUZENSIZ_GOC",
                    "Hasat döneminde kayıt dışı çalışan yabancı tarım işçileri tespit edildi.")),
            Map.entry("muftuluk", new Proposal("Ortak etkinliklerle uyum", "SOSYAL_UYUM",
                    "Camilerde ve Kur'an kurslarında yerli ve yabancı ailelerin birlikte katıldığı etkinlikler önerilmektedir.")),
            Map.entry("kizilay", new Proposal("Kış yardımları", "GECICI_KORUMA",
                    "Kış öncesi muhtaç ailelere yakacak ve giyim yardımının planlanması gerekiyor.")),
            Map.entry("sydv", new Proposal("Sosyal yardımların hedeflenmesi", "SOSYAL_UYUM",
                    "Yardım başvurularında mükerrer kayıtlar var; kurumlar arası veri paylaşımı gerekiyor.")));

    private static final Map<String, String> ACTIVITIES = Map.of(
            "milli-egitim", "Bu dönemde 14 uyum sınıfında 1.180 öğrenciye Türkçe eğitimi verildi; 3 yeni sınıf açıldı.",
            "saglik", "Göçmen sağlığı merkezlerinde 9.400 muayene yapıldı; 2 gezici ekip kırsal mahallelere gitti.",
            "iskur", "Yabancılara yönelik 4 mesleki eğitim kursu açıldı, 96 kişi kursu bitirdi.",
            "aile-sosyal", "42 refakatsiz çocuk koruma altına alındı; 18 aileye psikososyal destek verildi.",
            "emniyet", "Göçmen kaçakçılığına yönelik 6 operasyon yapıldı; mahalle toplantılarına katılındı.",
            "goc-idaresi", "Adres doğrulama çalışmasıyla 2.300 kayıt güncellendi; 5 mahallede bilgilendirme yapıldı.",
            "kizilay", "1.250 aileye gıda kartı yüklendi; toplum merkezinde 3 atölye düzenlendi.");

    private static final List<DecisionText> PROVINCIAL = List.of(
            new DecisionText("İl genelinde uyum sınıflarının sayısı artırılacak ve kayıt dışı kalan çocuklar okula yönlendirilecektir.",
                    "Okul çağındaki yabancı çocukların bir kısmı eğitime erişemiyor.", "Her çocuğun okula kaydı.",
                    List.of("Milli Eğitim"), 240),
            new DecisionText("Devlet hastanelerinde hafta içi gezici tercüman hizmeti verilecektir.",
                    "Hastalar dil engeli nedeniyle tedaviyi yarıda bırakıyor.", "Sağlık hizmetlerine eşit erişim.",
                    List.of("Sağlık"), 180),
            new DecisionText("Gerginlik yaşanan mahallelerde muhtarlarla ortak bilgilendirme toplantıları yapılacaktır.",
                    "Mahalle ölçeğinde iletişim eksikliği gerilim riski doğuruyor.", "Toplumsal uyumun korunması.",
                    List.of("Emniyet", "Göç İdaresi"), 150),
            new DecisionText("İşverenlere yabancı çalıştırma izinleri konusunda ilçe ilçe bilgilendirme yapılacaktır.",
                    "Kayıt dışı istihdam yaygın; izin başvuruları düşük.", "Kayıtlı istihdamın artırılması.",
                    List.of("Çalışma ve İş Kurumu", "Sosyal Güvenlik"), 270),
            new DecisionText("Refakatsiz çocuklar için koruyucu aile başvuruları kampanyayla artırılacaktır.",
                    "Koruyucu aile kapasitesi yetersiz.", "Çocukların aile ortamında korunması.",
                    List.of("Aile ve Sosyal Hizmetler"), 210),
            new DecisionText("Kış öncesi muhtaç yabancı ailelere yönelik yardımlar ortak listeyle dağıtılacaktır.",
                    "Mükerrer başvurular yardımların adil dağılımını engelliyor.", "Yardımların ihtiyaç sahibine ulaşması.",
                    List.of("Kızılay", "Sosyal Yardımlaşma"), 180));

    private static final DecisionText RISK = new DecisionText(
            "Olayın yaşandığı mahallede emniyet, muhtarlık ve sivil toplumla ortak saha çalışması yapılacak, "
                    + "gerginliği önleyici bilgilendirme yürütülecektir.",
            "Gündemde bildirilen olumsuz olay sosyal gerginlik riski taşıyor (md. 10/9).", "Kamu düzeninin ve uyumun korunması.",
            List.of("Emniyet", "Göç İdaresi"), 120);

    private static final List<DecisionText> DISTRICT = List.of(
            new DecisionText("İlçedeki okullarda yabancı veliler için Türkçe okuma-yazma kursu açılacaktır.",
                    "Velilerin okul ile iletişimi zayıf.", "Velilerin eğitime katılımı.", List.of("Milli Eğitim"), 240),
            new DecisionText("Aile sağlığı merkezlerinde yabancılara aşı takvimi bilgilendirmesi yapılacaktır.",
                    "Aşı takvimine uyum düşük.", "Çocuk sağlığının korunması.", List.of("Sağlık"), 210),
            new DecisionText("Sınır köylerinde düzensiz geçişlere karşı muhtarlarla bilgilendirme toplantısı yapılacaktır.",
                    "Düzensiz geçiş bildirimleri arttı.", "Sınır güvenliği ve uyum.", List.of("Jandarma"), 180));

    private DemoTexts() {
    }

    /** An institution's answer to a meeting's agenda call (R10.2): a proposal by turns, its activities always (R5.3). */
    static Map<String, Object> agendaAnswer(String institutionCode, String meetingKey) {
        int turn = Math.floorMod((meetingKey + institutionCode).hashCode(), 12);
        Map<String, Object> values = new HashMap<>();
        Proposal proposal = PROPOSALS.get(institutionCode);
        boolean proposes = proposal != null && turn < 5;
        values.put("hasProposal", proposes ? "yes" : "no");
        if (proposes) {
            values.put("topic", proposal.topic());
            values.put("category", proposal.category());
            values.put("description", proposal.description());
        }
        values.put("activities", ACTIVITIES.getOrDefault(institutionCode, "Kurumun olağan hizmetleri yabancılara da sunuldu."));
        boolean incident = institutionCode.equals("emniyet") && turn % 4 == 1;
        values.put("riskFlag", incident);
        if (incident) { // R10.9: a negative event with a risk of social tension
            values.put("negativeEvents", "Bir mahallede yerli ve yabancı gençler arasında kavga çıktı; sosyal medyada "
                    + "kışkırtıcı paylaşımlar yapıldı.");
        }
        boolean special = institutionCode.equals("goc-idaresi") && turn % 3 == 0;
        values.put("specialRequest", special);
        if (special) { // R10.2, R10.10
            values.put("specialRequestText", "Geçici koruma kapsamındaki kişilerin gönüllü geri dönüş başvuruları özel gündem olarak görüşülsün.");
        }
        return values;
    }

    /**
     * The next decision of the meeting (R12.1): a provincial board takes two, a district board one; a risk on the
     * agenda gets its decision first (R10.9); the April board asks for the action plan to be updated (R5.13).
     */
    static Map<String, Object> decision(Task task, Autopilot pilot) {
        String meetingKey = String.valueOf(pilot.variable(task, "meetingKey"));
        boolean district = meetingKey.contains("-ilce-");
        int soFar = ((Number) pilot.variable(task, "decisionsSoFar")).intValue();
        int wanted = district ? 1 : 2;
        boolean risk = Boolean.TRUE.equals(pilot.variable(task, "agendaHasRisk")) && soFar == 0;
        List<DecisionText> pool = district ? DISTRICT : PROVINCIAL;
        DecisionText text = risk ? RISK : pool.get(Math.floorMod(meetingKey.hashCode() + soFar, pool.size()));
        SpinJsonNode options = (SpinJsonNode) pilot.variable(task, "institutionOptions");
        Map<String, Object> values = new HashMap<>();
        values.put("decisionAction", "record");
        values.put("decisionText", text.text());
        values.put("decisionJustification", text.justification());
        values.put("decisionAim", text.aim());
        values.put("decisionDeadline", pilot.today().plusDays(text.days()).toString());
        values.put("responsibleInstitutions", responsible(options, text.responsible()));
        values.put("decisionRiskItem", risk);
        values.put("decisionActionPlanUpdate", soFar == 0 && meetingKey.matches("\\d+-\\d{4}-2"));
        values.put("moreDecisions", soFar + 1 < wanted);
        return values;
    }

    /**
     * The minutes as the secretariat drafts them (Ek-1, R12.2): the topics and problems the institutions brought to
     * the agenda, and the solutions the board decided.
     */
    static Map<String, Object> minutes(List<AgendaProposalView> answers, List<String> decisionTexts) {
        List<String> topics = answers.stream().filter(AgendaProposalView::hasProposal).map(AgendaProposalView::topic)
                .distinct().toList();
        List<String> problems = answers.stream().filter(AgendaProposalView::hasProposal)
                .map(AgendaProposalView::description).filter(d -> d != null && !d.isBlank()).distinct().toList();
        Map<String, Object> values = new HashMap<>();
        values.put("minutesTopics", topics.isEmpty() ? "Önceki kararların uygulanması ve alt komisyonun tespitleri."
                : String.join("; ", topics) + ".");
        values.put("minutesProblems", problems.isEmpty() ? "Kurumlar bu dönem yeni bir sorun bildirmedi."
                : String.join(" ", problems));
        values.put("minutesSolutions", decisionTexts.isEmpty() ? "Mevcut çalışmaların sürdürülmesi."
                : String.join(" ", decisionTexts));
        return values;
    }

    /** The options whose institution name contains one of the given words; the first option if none does. */
    private static List<String> responsible(SpinJsonNode options, List<String> words) {
        List<String> chosen = new ArrayList<>();
        for (SpinJsonNode option : options.elements()) {
            String label = option.prop("label").stringValue();
            if (words.stream().anyMatch(label::contains)) {
                chosen.add(option.prop("value").stringValue());
            }
        }
        if (chosen.isEmpty() && !options.elements().isEmpty()) {
            chosen.add(options.elements().get(0).prop("value").stringValue());
        }
        return chosen;
    }
}
