package tr.gov.goc.kurul.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.board.Board;
import tr.gov.goc.kurul.board.Boards;
import tr.gov.goc.kurul.common.TurkishDates;
import tr.gov.goc.kurul.institution.Institution;
import tr.gov.goc.kurul.institution.InstitutionKind;
import tr.gov.goc.kurul.institution.Institutions;
import tr.gov.goc.kurul.mail.MailMessage;
import tr.gov.goc.kurul.mail.Mails;
import tr.gov.goc.kurul.mail.OutgoingMail;
import tr.gov.goc.kurul.meeting.DistributionList;
import tr.gov.goc.kurul.meeting.Meeting;
import tr.gov.goc.kurul.minutes.MinutesVersion;

/**
 * R12.2: the signed minutes (Ek-1 PDF) go to the official address of every member institution and of every invited
 * institution a decision names as responsible; R12.4/R12.5: district minutes also to the İl GİM. One mail per
 * institution, each with its own line in the delivery log; an institution without an official address gets a
 * NO_ADDRESS line (the secretariat sends it by official letter). Sending a version twice sends nothing new.
 */
@Service
public class MinutesDistribution {

    public static final String KIND = "MINUTES_DISTRIBUTION";

    private final MeetingDocuments documents;
    private final DistributionList distributionList;
    private final Institutions institutions;
    private final Boards boards;
    private final Mails mails;

    MinutesDistribution(MeetingDocuments documents, DistributionList distributionList, Institutions institutions, Boards boards,
                        Mails mails) {
        this.documents = documents;
        this.distributionList = distributionList;
        this.institutions = institutions;
        this.boards = boards;
        this.mails = mails;
    }

    public record DeliveryRow(long mailId, String institution, List<String> addresses, Integer minutesVersion, String status,
                              String statusText, Instant queuedAt, Instant sentAt) {
    }

    /** Queues the mails of the last signed version; returns the delivery log of the meeting. */
    @Transactional
    public List<DeliveryRow> distribute(Meeting meeting) {
        MinutesVersion version = documents.lastSigned(meeting)
                .orElseThrow(() -> new IllegalStateException("İmzalanmış tutanak yok: " + meeting.getMeetingKey()));
        byte[] pdf = documents.storeSigned(meeting);
        String fileName = "Ek-1_Tutanak_" + meeting.getMeetingKey() + "_s" + version.getNumber() + ".pdf";
        Board board = boards.board(meeting.getBoardId());
        // R11.1, R11.2: the İl GİM signs for the provincial board, the district secretariat for a district board
        String sender = board.isProvincial() ? "İl Göç İdaresi Müdürlüğü — Kurul Sekreteryası" : board.getName() + " Sekreteryası";
        Set<String> done = new LinkedHashSet<>();
        for (MailMessage m : mails.about(meeting.getMeetingKey(), KIND)) {
            if (fileName.equals(m.getAttachmentName())) {
                done.add(m.getRecipientLabel());
            }
        }
        for (Institution institution : recipients(meeting)) {
            if (done.contains(institution.getName())) {
                continue;
            }
            String subject = meeting.getTitle() + " toplantı tutanağı (Ek-1, sürüm " + version.getNumber() + ")";
            String body = "Sayın " + institution.getName() + ",\n\n" + meeting.getTitle() + " toplantısının ("
                    + TurkishDates.format(meeting.getMeetingDate()) + ", " + meeting.getPlace() + ") imzalı tutanağı ekte"
                    + " bilgilerinize sunulur (İl ve İlçe Göç Koordinasyon Kurullarının Çalışma Usul ve Esasları Genelgesi, md. 12).\n\n"
                    + "Kararlarda kurumunuza verilen görevlerin sonuçlarını Kurul'daki karar takip görevinden bildiriniz.\n\n"
                    + sender;
            List<String> to = institution.getOfficialEmail() == null ? List.of() : List.of(institution.getOfficialEmail());
            mails.queue(new OutgoingMail(KIND, meeting.getMeetingKey(), meeting.getPlateCode(), institution.getName(), to, subject,
                    body, null, fileName, pdf));
        }
        return log(meeting);
    }

    /** The per-recipient delivery log the secretariat sees (API and the distribution task). */
    @Transactional(readOnly = true)
    public List<DeliveryRow> log(Meeting meeting) {
        List<DeliveryRow> rows = new ArrayList<>();
        for (MailMessage m : mails.about(meeting.getMeetingKey(), KIND)) {
            rows.add(new DeliveryRow(m.getId(), m.getRecipientLabel(), m.getRecipients(), versionOf(m.getAttachmentName()),
                    m.getStatus().name(), statusText(m), m.getCreatedAt(), m.getSentAt()));
        }
        return rows;
    }

    private List<Institution> recipients(Meeting meeting) {
        Set<Long> ids = new LinkedHashSet<>(distributionList.of(meeting));
        Board board = boards.board(meeting.getBoardId());
        if (!board.isProvincial()) { // R12.5: district minutes also go to the İl GİM
            institutions.provincial(meeting.getPlateCode(), InstitutionKind.PROVINCIAL_MIGRATION_DIRECTORATE)
                    .ifPresent(gim -> ids.add(gim.getId()));
        }
        return ids.stream().map(institutions::institution).toList();
    }

    static String statusText(MailMessage m) {
        return switch (m.getStatus()) {
            case SENT -> "Gönderildi";
            case QUEUED -> "Gönderilmeyi bekliyor";
            case NO_ADDRESS -> "Resmi e-posta adresi yok — resmi yazı ile gönderin";
        };
    }

    private static Integer versionOf(String fileName) {
        if (fileName == null || !fileName.contains("_s")) {
            return null;
        }
        try {
            return Integer.valueOf(fileName.substring(fileName.lastIndexOf("_s") + 2, fileName.length() - 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
