package gongkai.report;

import gongkai.render.Dates;
import gongkai.render.Json;
import gongkai.render.Templates;
import gongkai.rules.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Report} into a folder outside the site: {@code index.html} for people (from the
 * {@code report.ftlh} template) and {@code findings.json} for tools, a list of
 * {@code {rule, record, file, message}}.
 */
public final class ReportWriter {
    public static final String HTML = "index.html";
    public static final String JSON = "findings.json";

    /** One finding as written to JSON and shown in the HTML table. */
    public record Item(String rule, String record, String file, String message) {}

    /** The findings of one rule, under its heading. */
    public record Section(String rule, String title, String advice, List<Item> items) {}

    private final Path templates;

    /** @param templates the templates folder holding {@code report.ftlh} and {@code assets/site.css} */
    public ReportWriter(Path templates) {
        this.templates = templates;
    }

    public void write(Report report, Path dir) {
        List<Item> items = report.findings().stream()
                .map(f -> new Item(f.rule(), f.record(), report.fileName(f), f.message())).toList();
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(JSON), Json.indented(items.stream().map(ReportWriter::json).toList()));
            Path css = templates.resolve("assets/site.css");
            if (Files.isRegularFile(css)) {
                Files.copy(css, dir.resolve("site.css"), StandardCopyOption.REPLACE_EXISTING);
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("siteName", report.siteName());
            model.put("content", report.content().toString());
            model.put("asOf", Dates.zh(report.asOf()));
            model.put("total", items.size());
            model.put("sections", sections(items));
            if (report.external() != null) {
                model.put("external", report.external());
            }
            try (Writer w = Files.newBufferedWriter(dir.resolve(HTML), StandardCharsets.UTF_8)) {
                new Templates(templates).render("report.ftlh", model, w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> json(Item item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", item.rule());
        out.put("record", item.record());
        out.put("file", item.file());
        out.put("message", item.message());
        return out;
    }

    /** Every rule of {@link ComplianceChecks}, found or not, then any other rule that has findings. */
    private static List<Section> sections(List<Item> items) {
        Map<String, List<Item>> byRule = new LinkedHashMap<>();
        Map<String, ComplianceChecks.Rule> known = new LinkedHashMap<>();
        for (ComplianceChecks.Rule r : ComplianceChecks.RULES) {
            byRule.put(r.key(), new ArrayList<>());
            known.put(r.key(), r);
        }
        items.forEach(i -> byRule.computeIfAbsent(i.rule(), r -> new ArrayList<>()).add(i));
        List<Section> out = new ArrayList<>();
        byRule.forEach((key, list) -> {
            ComplianceChecks.Rule r = known.get(key);
            out.add(new Section(key, r == null ? key : r.title(), r == null ? "" : r.advice(), list));
        });
        return out;
    }
}
