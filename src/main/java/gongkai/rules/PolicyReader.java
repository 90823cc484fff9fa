package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.model.Disclosure;
import gongkai.model.Policy;
import gongkai.model.PolicyKind;
import gongkai.model.ValidityData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads a policy record (Markdown with front matter) into a {@link Policy}. */
final class PolicyReader {
    static final Set<String> KEYS = Set.of("id", "title", "doc_number", "index_number", "agency", "written",
            "published", "topics", "tags", "kind", "validity", "disclosure", "example", "workpoints");
    private static final Set<String> VALIDITY_KEYS = Set.of("effective", "expires", "status", "since", "by", "note");

    static final Map<String, PolicyKind> KINDS = labels(PolicyKind.values());
    static final Map<String, Disclosure> DISCLOSURES = new LinkedHashMap<>();
    private static final Map<String, ValidityData.OverrideKind> OVERRIDES = new LinkedHashMap<>();

    static {
        for (Disclosure d : Disclosure.values()) {
            DISCLOSURES.put(d.label(), d);
        }
        for (ValidityData.OverrideKind k : ValidityData.OverrideKind.values()) {
            OVERRIDES.put(k.label(), k);
        }
    }

    private static Map<String, PolicyKind> labels(PolicyKind[] values) {
        Map<String, PolicyKind> m = new LinkedHashMap<>();
        for (PolicyKind k : values) {
            m.put(k.label(), k);
        }
        return m;
    }

    Policy read(SourceDoc doc, Problems problems) {
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        f.onlyKeys(KEYS);
        String id = f.id("id", true);
        String title = f.text("title", true);
        String docNumber = f.text("doc_number", false);
        String indexNumber = f.text("index_number", false);
        String agency = f.id("agency", true);
        LocalDate written = f.date("written", true);
        LocalDate published = f.date("published", true);
        if (written != null && published != null && published.isBefore(written)) {
            f.problem("published", "发布日期 " + published + " 早于成文日期 " + written + "。请核对两个日期。");
        }
        PolicyKind kind = f.choice("kind", KINDS, true);
        Disclosure disclosure = f.choice("disclosure", DISCLOSURES, true);
        ValidityData validity = validity(f.child("validity"));
        if (kind == PolicyKind.NORMATIVE && (validity.effective() == null)) {
            f.problem("validity", "行政规范性文件必须标注有效性：请在 validity 下至少写明 effective（生效日期），"
                    + "有有效期的再写 expires（失效日期）。");
        }
        String workPoints = f.has("workpoints") ? f.id("workpoints", false) : null;
        String body = doc.body();
        if (workPoints == null && body.isBlank()) {
            problems.add(doc.file(), doc.bodyLine(), "正文", "正文为空。请在第二行 --- 之后写正文（Markdown），"
                    + "或用 workpoints 字段指向一份工作要点文件。");
        }
        // Read before giving up on a record, so that one run reports the problems of every field.
        var topics = f.ids("topics");
        var tags = f.ids("tags");
        boolean example = f.flag("example");
        if (id == null || title == null || agency == null || written == null || published == null || kind == null
                || disclosure == null) {
            return null;
        }
        return new Policy(id, title, docNumber, indexNumber, agency, written, published, topics, tags,
                kind, validity, disclosure, example, body, workPoints, Origins.of(doc));
    }

    private static ValidityData validity(Fields v) {
        if (v == null) {
            return ValidityData.NONE;
        }
        v.onlyKeys(VALIDITY_KEYS);
        LocalDate effective = v.date("effective", false);
        LocalDate expires = v.date("expires", false);
        if (effective != null && expires != null && expires.isBefore(effective)) {
            v.problem("expires", "失效日期 " + expires + " 早于生效日期 " + effective + "。请核对。");
        }
        ValidityData.Override override = null;
        if (v.has("status")) {
            ValidityData.OverrideKind kind = v.choice("status", OVERRIDES, true);
            LocalDate since = v.date("since", true);
            String by = v.has("by") ? v.id("by", false) : null;
            String note = v.text("note", false);
            if (kind != null) {
                override = new ValidityData.Override(kind, since, by, note);
            }
        } else {
            for (String k : new String[] {"since", "by", "note"}) {
                if (v.has(k)) {
                    v.problem(k, "只有写了 status（废止 或 已修改）时才能写「" + k + "」。");
                }
            }
        }
        return new ValidityData(effective, expires, override);
    }
}
