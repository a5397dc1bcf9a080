package tr.gov.goc.kurul.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;

import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tr.gov.goc.kurul.common.CurrentUser;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;

/**
 * The Ek-3 annual evaluation reports (R13.1–R13.4): {year} is the evaluated year (the report on 2026 is prepared in
 * January 2027). Readable by the province's users, managers and administrators; another province answers 404.
 */
@RestController
@RequestMapping("/api/annual-reports")
class AnnualReportController {

    private final AnnualReports reports;
    private final AnnualReportDocument document;
    private final CurrentUser currentUser;
    private final Clock clock;

    AnnualReportController(AnnualReports reports, AnnualReportDocument document, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.document = document;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/{plateCode}/{year}")
    AnnualReportView one(@PathVariable int plateCode, @PathVariable int year) {
        return visible(plateCode, year);
    }

    /** The Ek-3 form as PDF (marked TASLAK until approved); like the meetings' documents, another province gets 403. */
    @GetMapping("/{plateCode}/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int plateCode, @PathVariable int year) {
        checkYear(year);
        currentUser.requireProvince(plateCode);
        AnnualReportView report = visible(plateCode, year);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName(report)).build().toString())
                .header("X-Kurul-Report-Version", report.currentVersion() == null ? "taslak" : String.valueOf(report.currentVersion()))
                .body(document.render(report));
    }

    /** R13.3, R14: the report's data as the presidency's platform takes it (the approved version once there is one). */
    @GetMapping("/{plateCode}/{year}/platform-export")
    Map<String, Object> platformExport(@PathVariable int plateCode, @PathVariable int year) {
        AnnualReportView r = visible(plateCode, year);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("form", "Ek-3");
        export.put("baslik", "Yıllık Değerlendirme Raporu");
        export.put("yil", r.year());
        export.put("ilKodu", r.plateCode());
        export.put("il", r.provinceName());
        export.put("durum", r.status().name());
        export.put("durumAciklama", r.statusLabel());
        export.put("surum", r.currentVersion());
        export.put("onayliSurum", r.approval() == null ? null : r.approval().version());
        export.put("kurullardaDileGetirilenBaslicaSorunlar", r.content().mainProblems());
        export.put("alinanKararlarVeUygulamaDurumu", r.content().decisionsEvaluation());
        export.put("uygulanamayanKararlarVeNedenleri", r.content().notImplemented());
        export.put("kararlaraRagmenCozulemeyenSorunlar", r.content().unsolvedProblems());
        export.put("cozumOnerileri", r.content().solutionProposals());
        export.put("baskanliktanBeklenenDestek", r.content().expectedSupport());
        export.put("sonucDegerlendirmeVeOneriler", r.content().conclusions());
        export.put("toplantilar", r.meetings().stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("anahtar", m.meetingKey());
            row.put("ad", m.title());
            row.put("duzey", m.level());
            row.put("tarih", m.meetingDate());
            return row;
        }).toList());
        export.put("kararlar", r.decisions().stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("karar", d.label());
            row.put("duzey", d.level());
            row.put("metin", d.text());
            row.put("sonTarih", d.deadline());
            row.put("sonuc", d.outcome());
            row.put("kurumlar", d.institutions().stream().map(i -> {
                Map<String, Object> inst = new LinkedHashMap<>();
                inst.put("kurum", i.institutionName());
                inst.put("durum", i.statusLabel());
                inst.put("gerekce", i.reason());
                return inst;
            }).toList());
            return row;
        }).toList());
        export.put("kurulKarari", r.boardDecision() == null ? null : Map.of("toplanti", r.boardDecision().meetingKey(),
                "karar", r.boardDecision().decisionLabel(), "tarih", r.boardDecision().decidedOn()));
        export.put("platformaGirisSonTarihi", r.platformEntryDueDate());
        export.put("hazirlanmaZamani", Instant.now(clock));
        return export;
    }

    /** Starts a province's report by hand (administrators); the yearly timer starts them on the first working day of January. */
    @PostMapping("/{plateCode}/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    AnnualReportView start(@PathVariable int plateCode, @PathVariable int year) {
        currentUser.requireAdministrator();
        return reports.start(plateCode, year);
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "Yıl 2000 ile 2100 arasında olmalıdır.");
        }
    }

    private AnnualReportView visible(int plateCode, int year) {
        checkYear(year);
        String missing = "Bu il ve yıl için değerlendirme raporu (Ek-3) bulunamadı.";
        if (!currentUser.canSeeProvince(plateCode)) {
            throw new NotFoundException(missing);
        }
        return reports.find(plateCode, year).orElseThrow(() -> new NotFoundException(missing));
    }

}
