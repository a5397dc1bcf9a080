package tr.gov.goc.kurul.agenda;

import java.util.Arrays;
import java.util.Optional;

/** The topics of a board agenda (R10.5): social harmonisation first; "other" needs the chair's approval. */
public enum AgendaCategory {
    SOSYAL_UYUM("Sosyal uyum"),
    DUZENLI_GOC("Düzenli göç"),
    ULUSLARARASI_KORUMA("Uluslararası koruma"),
    GECICI_KORUMA("Geçici koruma"),
    INSAN_TICARETI("İnsan ticareti"),
    DUZENSIZ_GOC("Düzensiz göç"),
    DIGER("Diğer (başkanın onayıyla)");

    private final String label;

    AgendaCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<AgendaCategory> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
