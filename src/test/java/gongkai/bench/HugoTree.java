package gongkai.bench;

import gongkai.content.ContentLoader;
import gongkai.model.Agency;
import gongkai.model.Interpretation;
import gongkai.model.Policy;
import gongkai.model.Portal;
import gongkai.model.Topic;
import gongkai.rules.Validation;
import gongkai.rules.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the same records as a Hugo site with a minimal theme doing the equivalent work: one page
 * per policy (metadata table, validity label computed from dates, body, link to its
 * interpretation) and per interpretation (link back), list pages per year, agency and topic, a
 * home page and a sitemap. It is the yardstick of the speed benchmark.
 */
public final class HugoTree {
    private HugoTree() {}

    public static void main(String[] args) {
        write(Path.of(args[0]), Path.of(args[1]));
    }

    /** Reads {@code content} with gongkai's own loader and writes a Hugo project into {@code hugo}. */
    public static void write(Path content, Path hugo) {
        Validation v = new Validator().validate(new ContentLoader().load(content));
        if (!v.ok()) {
            throw new IllegalStateException("content has problems: " + v.problems().get(0).describe());
        }
        Portal p = v.portal().publishable();
        Map<String, Agency> agencies = p.site().agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        Map<String, Topic> topics = p.site().topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
        Map<String, String> interpretationOf = new HashMap<>();
        for (Interpretation i : p.interpretations()) {
            interpretationOf.putIfAbsent(i.policy(), i.id());
        }
        try {
            Files.createDirectories(hugo.resolve("content/policies"));
            Files.createDirectories(hugo.resolve("content/interpretations"));
            writeConfig(hugo);
            writeLayouts(hugo);
            for (Policy x : p.policies()) {
                try (BufferedWriter w = Files.newBufferedWriter(hugo.resolve("content/policies/" + x.id() + ".md"), StandardCharsets.UTF_8)) {
                    w.write("---\n");
                    w.write("title: " + q(x.title()) + "\n");
                    w.write("date: " + x.published() + "\n");
                    w.write("written: " + x.written() + "\n");
                    if (x.docNumber() != null) {
                        w.write("doc_number: " + q(x.docNumber()) + "\n");
                    }
                    w.write("agency_name: " + q(agencies.get(x.agency()).name()) + "\n");
                    w.write("kind: " + q(x.kind().label()) + "\n");
                    if (x.validity().effective() != null) {
                        w.write("effective: " + x.validity().effective() + "\n");
                    }
                    if (x.validity().expires() != null) {
                        w.write("expires: " + x.validity().expires() + "\n");
                    }
                    if (interpretationOf.containsKey(x.id())) {
                        w.write("interpretation: " + q(interpretationOf.get(x.id())) + "\n");
                    }
                    w.write("years: [" + q(String.valueOf(x.published().getYear())) + "]\n");
                    w.write("agencies: [" + q(agencies.get(x.agency()).name()) + "]\n");
                    w.write("topics: [" + x.topics().stream().map(t -> q(topics.get(t).name())).collect(Collectors.joining(", ")) + "]\n");
                    w.write("---\n");
                    w.write(x.body().text());
                }
            }
            for (Interpretation i : p.interpretations()) {
                try (BufferedWriter w = Files.newBufferedWriter(hugo.resolve("content/interpretations/" + i.id() + ".md"), StandardCharsets.UTF_8)) {
                    w.write("---\ntitle: " + q(i.title()) + "\ndate: " + i.published() + "\npolicy: " + q(i.policy()) + "\n---\n");
                    w.write(i.body().text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void writeConfig(Path hugo) throws IOException {
        Files.writeString(hugo.resolve("config.toml"), String.join("\n",
                "baseURL = \"https://example.invalid/\"",
                "languageCode = \"zh-CN\"",
                "title = \"基准测试\"",
                "disableKinds = [\"RSS\"]",
                "paginate = 50",
                "[taxonomies]",
                "  year = \"years\"",
                "  agency = \"agencies\"",
                "  topic = \"topics\"",
                ""), StandardCharsets.UTF_8);
    }

    private static void writeLayouts(Path hugo) throws IOException {
        Path d = hugo.resolve("layouts/_default");
        Files.createDirectories(d);
        Files.writeString(d.resolve("baseof.html"), """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ $s := "未标注" }}{{ with .Params.effective }}{{ $s = "有效" }}{{ if gt (time .) now }}{{ $s = "尚未生效" }}{{ end }}{{ end }}{{ with .Params.expires }}{{ if lt (time .) now }}{{ $s = "已失效" }}{{ end }}{{ end }}
                {{ if eq .Section "policies" }}<table>
                <tr><th>文号</th><td>{{ .Params.doc_number }}</td></tr>
                <tr><th>发布机构</th><td>{{ .Params.agency_name }}</td></tr>
                <tr><th>成文日期</th><td>{{ .Params.written }}</td></tr>
                <tr><th>发布日期</th><td>{{ .Date.Format "2006-01-02" }}</td></tr>
                <tr><th>文件类型</th><td>{{ .Params.kind }}</td></tr>
                <tr><th>有效性</th><td>{{ $s }}</td></tr></table>{{ end }}
                {{ .Content }}
                {{ with .Params.interpretation }}<p><a href="{{ printf "/interpretations/%s/" . | relURL }}">政策解读</a></p>{{ end }}
                {{ with .Params.policy }}<p><a href="{{ printf "/policies/%s/" . | relURL }}">所解读的文件</a></p>{{ end }}
                {{ end }}
                """, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Params.kind }}</li>{{ end }}</ul>
                {{ template "_internal/pagination.html" . }}{{ end }}
                """, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                """, StandardCharsets.UTF_8);
        Files.writeString(hugo.resolve("layouts/index.html"), """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head><body><h1>{{ .Site.Title }}</h1>
                <ul>{{ range first 20 (where .Site.RegularPages "Section" "policies") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                <p><a href="{{ "/years/" | relURL }}">按年份</a> <a href="{{ "/agencies/" | relURL }}">按机构</a> <a href="{{ "/topics/" | relURL }}">按主题</a></p></body></html>
                """, StandardCharsets.UTF_8);
    }
}
