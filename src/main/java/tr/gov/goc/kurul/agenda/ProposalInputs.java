package tr.gov.goc.kurul.agenda;

import java.util.Locale;
import java.util.Map;
import tr.gov.goc.kurul.common.PlainTextValidator;

/**
 * Reads and checks the fields of the form {@code agenda-proposal} (the same names in the late-entry API): the
 * server-side twin of the form's own checks, so nothing wrong is stored whatever the client sent.
 */
final class ProposalInputs {

    static final String HAS_PROPOSAL = "hasProposal";
    static final String TOPIC = "topic";
    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    static final String SPECIAL_REQUEST = "specialRequest";
    static final String SPECIAL_REQUEST_TEXT = "specialRequestText";
    static final String ACTIVITIES = "activities";
    static final String NEGATIVE_EVENTS = "negativeEvents";
    static final String RISK_FLAG = "riskFlag";

    static final String[] FIELDS = {HAS_PROPOSAL, TOPIC, CATEGORY, DESCRIPTION, SPECIAL_REQUEST, SPECIAL_REQUEST_TEXT,
            ACTIVITIES, NEGATIVE_EVENTS, RISK_FLAG};

    static final int TOPIC_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int SPECIAL_REQUEST_MAX = 1000;

    private ProposalInputs() {
    }

    static ProposalInput read(Map<String, ?> values) {
        Boolean has = yesNo(values.get(HAS_PROPOSAL), HAS_PROPOSAL, "Bu toplantı için öneriniz olup olmadığını seçin.");
        if (has == null) {
            throw new InvalidProposalException(HAS_PROPOSAL, "Bu toplantı için öneriniz olup olmadığını seçin (Evet / Hayır).");
        }
        boolean hasProposal = has;
        String topic = text(values, TOPIC, "Gündem konusu", TOPIC_MAX);
        String categoryCode = text(values, CATEGORY, "Konu başlığı", 40);
        String description = text(values, DESCRIPTION, "Açıklama", TEXT_MAX);
        boolean specialRequest = Boolean.TRUE.equals(yesNo(values.get(SPECIAL_REQUEST), SPECIAL_REQUEST,
                "Özel gündem talebi alanı evet/hayır olmalıdır."));
        String specialRequestText = text(values, SPECIAL_REQUEST_TEXT, "Özel gündem talebi", SPECIAL_REQUEST_MAX);
        String activities = text(values, ACTIVITIES, "Yabancılara yönelik faaliyetler", TEXT_MAX);
        String negativeEvents = text(values, NEGATIVE_EVENTS, "Olumsuz olaylar / sosyal gerginlik", TEXT_MAX);
        boolean riskFlag = Boolean.TRUE.equals(yesNo(values.get(RISK_FLAG), RISK_FLAG,
                "Risk işareti alanı evet/hayır olmalıdır."));

        AgendaCategory category = null;
        if (hasProposal) {
            if (topic == null) {
                throw new InvalidProposalException(TOPIC, "Öneriniz varsa gündem konusunu yazın.");
            }
            if (categoryCode == null) {
                throw new InvalidProposalException(CATEGORY, "Öneriniz varsa konu başlığını listeden seçin (R10.5).");
            }
            category = AgendaCategory.of(categoryCode).orElseThrow(() -> new InvalidProposalException(CATEGORY,
                    "Konu başlığı listede yok: " + abbreviate(categoryCode) + ". Listeden birini seçin (R10.5)."));
        } else {
            // "no proposal this time": whatever a hidden field still carried is not a proposal
            topic = null;
            description = null;
        }
        if (specialRequest && specialRequestText == null) {
            throw new InvalidProposalException(SPECIAL_REQUEST_TEXT, "Özel gündem talebiniz varsa konusunu yazın.");
        }
        if (!specialRequest) {
            specialRequestText = null;
        }
        if (riskFlag && negativeEvents == null) {
            throw new InvalidProposalException(NEGATIVE_EVENTS,
                    "Risk işaretlediniz: olumsuz olayı veya sosyal gerginliği kısaca anlatın (R10.9).");
        }
        return new ProposalInput(hasProposal, topic, category, description, specialRequest, specialRequestText,
                activities, negativeEvents, riskFlag);
    }

    /** true/false, "yes"/"no", "evet"/"hayır"; null when absent or empty. */
    private static Boolean yesNo(Object value, String field, String message) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim().toLowerCase(new Locale("tr"));
        return switch (text) {
            case "" -> null;
            case "yes", "true", "evet" -> true;
            case "no", "false", "hayır", "hayir" -> false;
            default -> throw new InvalidProposalException(field, message);
        };
    }

    private static String text(Map<String, ?> values, String field, String label, int max) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new InvalidProposalException(field, label + " metin olmalıdır.");
        }
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw new InvalidProposalException(field, label + " en fazla " + max + " karakter olabilir (şu an "
                    + trimmed.length() + ").");
        }
        if (!PlainTextValidator.isPlain(trimmed)) {
            throw new InvalidProposalException(field, label + " emoji veya denetim karakteri içeremez.");
        }
        return trimmed;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
