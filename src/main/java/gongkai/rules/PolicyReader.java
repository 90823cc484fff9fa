package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.model.Change;
import gongkai.model.CommentPeriod;
import gongkai.model.Disclosure;
import gongkai.model.Policy;
import gongkai.model.PolicyKind;
import gongkai.model.QuestionAnswer;
import gongkai.model.Service;
import gongkai.model.ValidityData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a policy record (Markdown with front matter) into a {@link Policy}. */
final class PolicyReader {
    static final Set<String> KEYS = Set.of("id", "title", "doc_number", "index_number", "agency", "written",
            "published", "topics", "tags", "kind", "validity", "disclosure", "example", "workpoints", "draft", "changes",
            "faq", "services");
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

    private final Bodies bodies;

    PolicyReader(Bodies bodies) {
        this.bodies = bodies;
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
        CommentPeriod draft = draft(f.child("draft"));
        if (draft != null && f.has("validity")) {
            f.problem("validity", "征求意见稿尚未施行，不写 validity。正式印发后请另建一条记录，在那里写明有效性。");
        }
        if (kind == PolicyKind.NORMATIVE && validity.effective() == null && !f.has("draft")) {
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
        List<Change> changes = changes(f);
        List<QuestionAnswer> faq = questions(f, "faq");
        List<Service> services = services(f, body);
        if (id == null || title == null || agency == null || written == null || published == null || kind == null
                || disclosure == null) {
            return null;
        }
        return new Policy(id, title, docNumber, indexNumber, agency, written, published, topics, tags,
                kind, validity, disclosure, example, bodies.of(doc), workPoints, draft, changes, faq, services, Origins.of(doc));
    }

    private static CommentPeriod draft(Fields d) {
        if (d == null) {
            return null;
        }
        d.onlyKeys(Set.of("opens", "closes"));
        LocalDate opens = d.date("opens", true);
        LocalDate closes = d.date("closes", true);
        if (opens == null || closes == null) {
            return null;
        }
        if (closes.isBefore(opens)) {
            d.problem("closes", "征求意见截止日期 " + closes + " 早于开始日期 " + opens + "。请核对。");
            return null;
        }
        return new CommentPeriod(opens, closes);
    }

    private static List<Change> changes(Fields f) {
        List<Change> out = new ArrayList<>();
        for (Fields c : f.children("changes")) {
            c.onlyKeys(Set.of("date", "note"));
            LocalDate date = c.date("date", true);
            String note = c.text("note", true);
            if (date != null && note != null) {
                out.add(new Change(date, note.strip()));
            }
        }
        out.sort(Comparator.comparing(Change::date));
        return out;
    }

    /** A list of question-answer pairs under {@code key}; answers are Markdown. */
    static List<QuestionAnswer> questions(Fields f, String key) {
        List<QuestionAnswer> out = new ArrayList<>();
        for (Fields q : f.children(key)) {
            q.onlyKeys(Set.of("question", "answer"));
            String question = q.text("question", true);
            String answer = q.text("answer", true);
            if (question != null && answer != null) {
                out.add(new QuestionAnswer(question.strip(), answer));
            }
        }
        return out;
    }

    /** Services, each linked from the words of the body that mention it, so those words must be there. */
    private static List<Service> services(Fields f, String body) {
        List<Service> out = new ArrayList<>();
        for (Fields s : f.children("services")) {
            s.onlyKeys(Set.of("name", "url", "mention"));
            String name = s.text("name", true);
            String url = s.url("url", true);
            String mention = s.has("mention") ? s.text("mention", true) : name;
            if (mention != null && !body.contains(mention.strip())) {
                s.problem(s.has("mention") ? "mention" : "name", "正文中找不到「" + mention.strip() + "」。"
                        + "请在 mention 中照录正文里提到这项服务的词句（如“网上办理”），那里会链接到办事页面。");
                continue;
            }
            if (name != null && url != null) {
                out.add(new Service(name.strip(), url, mention.strip()));
            }
        }
        return out;
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
            if (kind == ValidityData.OverrideKind.CONTINUED && v.has("by")) {
                v.problem("by", "继续有效的文件没有替代文件，不写 by。评估情况请写在 note 中。");
                by = null;
            }
            String note = v.text("note", false);
            if (kind != null) {
                override = new ValidityData.Override(kind, since, by, note);
            }
        } else {
            for (String k : new String[] {"since", "by", "note"}) {
                if (v.has(k)) {
                    v.problem(k, "只有写了 status（废止、已修改 或 继续有效）时才能写「" + k + "」。");
                }
            }
        }
        return new ValidityData(effective, expires, override);
    }
}
