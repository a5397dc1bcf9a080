package tr.gov.goc.kurul.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Service;

/**
 * Appends a signature page (title and lines, DejaVu Sans for the Turkish letters) to a PDF as an incremental
 * update: the bytes before stay as they are, so every earlier signature stays intact. Long lines wrap; many lines
 * continue on further pages.
 */
@Service
public class SignaturePage {

    private static final String REGULAR = "/documents/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/documents/fonts/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 14;
    private static final float TEXT_SIZE = 10.5f;
    private static final float LEADING = 15;

    public byte[] append(byte[] pdf, String title, List<String> lines) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDType0Font regular = font(document, REGULAR);
            PDType0Font bold = font(document, BOLD);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                wrapped.addAll(wrap(clean(line), regular, TEXT_SIZE, width));
            }
            List<String> titleLines = wrap(clean(title), bold, TITLE_SIZE, width);
            int next = 0;
            do {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float y = PDRectangle.A4.getHeight() - MARGIN;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.newLineAtOffset(MARGIN, y);
                    content.setFont(bold, TITLE_SIZE);
                    for (String t : titleLines) {
                        content.showText(t);
                        content.newLineAtOffset(0, -LEADING * 1.3f);
                        y -= LEADING * 1.3f;
                    }
                    content.newLineAtOffset(0, -LEADING * 0.5f);
                    y -= LEADING * 0.5f;
                    content.setFont(regular, TEXT_SIZE);
                    while (next < wrapped.size() && y - LEADING > MARGIN) {
                        content.showText(wrapped.get(next++));
                        content.newLineAtOffset(0, -LEADING);
                        y -= LEADING;
                    }
                    content.endText();
                }
                page.getCOSObject().setNeedToBeUpdated(true);
            } while (next < wrapped.size());
            // an incremental update writes the changed objects only: the catalog and the page tree changed
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append the signature page", e);
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = SignaturePage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u00A0]", " ").strip();
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                result.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        result.add(line.toString());
        return result;
    }
}
