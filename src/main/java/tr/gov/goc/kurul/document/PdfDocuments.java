package tr.gov.goc.kurul.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an official form: a Thymeleaf template under {@code documents/templates/<name>.html} (well-formed XHTML,
 * the shared {@code official.css} is passed in as {@code css}) → PDF with openhtmltopdf, the DejaVu Sans font embedded
 * (every Turkish letter). A new form (e.g. Ek-3) is one template plus a model: {@code pdf("ek3-annual-report", model)}.
 */
@Component
public class PdfDocuments {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    private final TemplateEngine templates;
    private final String css;

    PdfDocuments() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        this.templates = new TemplateEngine();
        this.templates.setTemplateResolver(resolver);
        this.css = resource("documents/templates/official.css");
    }

    /** The filled template as XHTML. */
    public String html(String template, Map<String, Object> model) {
        Context context = new Context(TURKISH);
        context.setVariables(model);
        context.setVariable("css", css);
        return templates.process(template, context);
    }

    /** The filled template as PDF. */
    public byte[] pdf(String template, Map<String, Object> model) {
        return render(html(template, model));
    }

    /** XHTML → PDF (A4 and page numbers come from the page's CSS). */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> stream("documents/fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> stream("documents/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF oluşturulamadı: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Upper case the Turkish way (Gaziantep → GAZİANTEP). */
    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(TURKISH);
    }

    private static InputStream stream(String path) {
        InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Kaynak bulunamadı: " + path);
        }
        return in;
    }

    private static String resource(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
