package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.content.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Screens every text of a file that will be published (each value of its metadata, work-point
 * text and table cells included, and its Markdown body) for personal data (R18: 保护个人隐私),
 * before anything is written. A hit is a problem naming file, line and field, with the value
 * masked. A maintainer who has reviewed a hit allows that exact value in that file with a
 * {@code privacy_reviewed} entry; every allowance used becomes a {@link Finding} for the compliance
 * report, and an entry that matches nothing is a problem, so the list never outlives the text.
 */
final class PrivacyScreen {
    /** The list of reviewed values, at the top level of any content file. */
    static final String REVIEWED = "privacy_reviewed";
    /** The list of organisations' e-mail domains, in site.yaml. */
    static final String OFFICIAL_DOMAINS = "official_email_domains";
    /** The rule key of the findings this screen gives. */
    static final String RULE = "privacy-allowance";

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)+");

    private final PersonalData detector;

    PrivacyScreen(Set<String> officialDomains) {
        this.detector = new PersonalData(officialDomains);
    }

    /** The screen configured by {@code site.yaml}'s {@code official_email_domains} (site may be null). */
    static PrivacyScreen of(SourceDoc site, Problems problems) {
        Set<String> domains = new LinkedHashSet<>();
        if (site != null) {
            Fields f = new Fields(site.file(), site.meta(), problems);
            for (String d : f.texts(OFFICIAL_DOMAINS)) {
                String domain = d.strip().toLowerCase(Locale.ROOT);
                if (DOMAIN.matcher(domain).matches()) {
                    domains.add(domain);
                } else {
                    f.problem(OFFICIAL_DOMAINS, "「" + d + "」不是域名。请只写 @ 之后的部分，例如 mzj.sh.gov.cn。");
                }
            }
        }
        return new PrivacyScreen(domains);
    }

    /** A place where a piece of personal data was found. */
    private record Hit(PersonalData.Match match, String field, int line) {}

    /** A reviewed value and whether the file still contains it. */
    private static final class Allowance {
        final String field;
        final int line;
        final String reason;
        final PersonalData.Match value;
        final List<Hit> used = new ArrayList<>();

        Allowance(String field, int line, String reason, PersonalData.Match value) {
            this.field = field;
            this.line = line;
            this.reason = reason;
            this.value = value;
        }
    }

    /** Screens {@code doc}; returns one finding per allowance it used. */
    List<Finding> screen(SourceDoc doc, Problems problems) {
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : doc.meta().entries().entrySet()) {
            if (!e.getKey().equals(REVIEWED)) {
                walk(e.getValue(), e.getKey(), hits);
            }
        }
        if (PersonalData.mayHold(doc.body())) {
            String[] lines = doc.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (PersonalData.Match m : detector.find(lines[i])) {
                    hits.add(new Hit(m, "正文", doc.bodyLine() + i));
                }
            }
        }
        Map<String, Allowance> allowances = allowances(doc, problems);
        for (Hit h : hits) {
            Allowance a = allowances.get(h.match().key());
            if (a != null && a.value.kind() == h.match().kind()) {
                a.used.add(h);
            } else {
                problems.add(doc.file(), h.line(), h.field(), "疑似个人隐私信息：" + h.match().kind().label() + "「"
                        + h.match().masked() + "」。个人隐私不得公开，请删除或改写。如果已经审查、确认可以公开（例如单位的"
                        + "公开服务电话），请在本文件" + (doc.body().isEmpty() ? "" : "的头信息") + "中加入 " + REVIEWED
                        + "，写明这个值和理由，格式见 docs/content.md。");
            }
        }
        List<Finding> findings = new ArrayList<>();
        String record = doc.meta().get("id") instanceof YamlNode.Scalar s ? s.text() : null;
        for (Allowance a : allowances.values()) {
            if (a.used.isEmpty()) {
                problems.add(doc.file(), a.line, a.field, "已审查的值「" + a.value.masked() + "」在本文件要公开的内容中没有出现。"
                        + "请核对是否抄错；内容已删除的，请同时删除这一项。");
                continue;
            }
            Hit first = a.used.get(0);
            findings.add(new Finding(RULE, record, doc.file(), "经审查允许公开的" + a.value.kind().label() + "「"
                    + a.value.masked() + "」：出现 " + a.used.size() + " 处，首次在第 " + first.line() + " 行字段「"
                    + first.field() + "」。审查理由：" + a.reason));
        }
        return findings;
    }

    private void walk(YamlNode node, String field, List<Hit> hits) {
        if (node instanceof YamlNode.Scalar s) {
            if (!s.isNull()) {
                for (PersonalData.Match m : detector.find(s.text())) {
                    hits.add(new Hit(m, field, s.line()));
                }
            }
        } else if (node instanceof YamlNode.Sequence seq) {
            int i = 1;
            for (YamlNode item : seq.items()) {
                walk(item, field + "[" + i++ + "]", hits);
            }
        } else if (node instanceof YamlNode.Mapping map) {
            map.entries().forEach((k, v) -> walk(v, field + "." + k, hits));
        }
    }

    private Map<String, Allowance> allowances(SourceDoc doc, Problems problems) {
        Map<String, Allowance> out = new LinkedHashMap<>();
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        for (Fields item : f.children(REVIEWED)) {
            item.onlyKeys(Set.of("value", "reason"));
            String value = item.text("value", true);
            String reason = item.text("reason", true);
            if (value == null || reason == null) {
                continue;
            }
            List<PersonalData.Match> found = detector.find(value);
            if (found.size() != 1) {
                item.problem("value", found.isEmpty()
                        ? "「" + value + "」不是手机号码、公民身份号码、银行卡号或个人电子邮箱，无需审查。请删除这一项或核对抄写。"
                        : "每一项只写一个值，这里有 " + found.size() + " 个。");
                continue;
            }
            out.put(found.get(0).key(), new Allowance(item.name("value"), item.line("value"), reason, found.get(0)));
        }
        return out;
    }
}
