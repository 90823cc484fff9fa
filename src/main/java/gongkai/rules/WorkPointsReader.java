package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.content.YamlNode;
import gongkai.model.Disclosure;
import gongkai.model.WorkPoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a work-point document (工作要点). One schema takes sections numbered 一、, items numbered
 * {@code 1.}, {@code （一）} or {@code (三)}, nested items, per-item 责任单位 and 完成时限, drafts, and
 * attached task tables.
 */
final class WorkPointsReader {
    private static final Set<String> KEYS = Set.of("id", "year", "title", "draft", "notice", "preamble", "sections",
            "attachments");
    private static final Set<String> NOTICE_KEYS = Set.of("header", "issuer", "doc_number", "title", "addressees",
            "paragraphs", "signatory", "written", "written_as", "disclosure", "disclosure_as_written", "printed",
            "printed_by", "printed_as");
    private static final Set<String> SECTION_KEYS = Set.of("number", "title", "paragraphs", "items");
    private static final Set<String> ITEM_KEYS = Set.of("number", "title", "paragraphs", "responsible", "assisting",
            "deadline", "responsible_as_written", "items");
    private static final Set<String> ATTACHMENT_KEYS = Set.of("label", "reference", "title", "table");
    private static final Map<String, WorkPoints.ColumnRole> ROLES = new LinkedHashMap<>();

    static {
        for (WorkPoints.ColumnRole r : WorkPoints.ColumnRole.values()) {
            ROLES.put(r.name().toLowerCase(java.util.Locale.ROOT), r);
        }
    }

    WorkPoints read(SourceDoc doc, Problems problems) {
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        f.onlyKeys(KEYS);
        String id = f.id("id", true);
        int year = f.integer("year", true);
        if (f.has("year") && (year < 1949 || year > 2200)) {
            f.problem("year", "年份 " + year + " 不合理。请写四位年份，例如 2023。");
        }
        String title = f.text("title", true);
        boolean draft = f.flag("draft");
        Fields n = f.child("notice");
        WorkPoints.Notice notice = null;
        if (n == null) {
            f.problem("notice", "缺少 notice（印发通知：文号、发文机关、成文日期、公开属性等）。");
        } else {
            notice = notice(n);
        }
        List<WorkPoints.Section> sections = new ArrayList<>();
        int s = 1;
        for (Fields sf : f.children("sections")) {
            sf.onlyKeys(SECTION_KEYS);
            String number = sf.text("number", true);
            String sTitle = sf.text("title", true);
            List<WorkPoints.Item> items = items(sf, "item-" + s);
            sections.add(new WorkPoints.Section(orEmpty(number), orEmpty(sTitle), sf.texts("paragraphs"), items));
            s++;
        }
        if (sections.isEmpty()) {
            f.problem("sections", "工作要点至少要有一个部分（sections）。");
        }
        List<WorkPoints.Attachment> attachments = new ArrayList<>();
        int a = 1;
        for (Fields af : f.children("attachments")) {
            WorkPoints.Attachment att = attachment(af, "attachment-" + a);
            if (att != null) {
                attachments.add(att);
            }
            a++;
        }
        List<String> preamble = f.texts("preamble");
        if (id == null || title == null || notice == null) {
            return null;
        }
        return new WorkPoints(id, year, title, draft, notice, preamble, sections, attachments, Origins.of(doc));
    }

    private static WorkPoints.Notice notice(Fields n) {
        n.onlyKeys(NOTICE_KEYS);
        Disclosure disclosure = n.choice("disclosure", PolicyReader.DISCLOSURES, true);
        var written = n.date("written", true);
        String issuer = n.id("issuer", true);
        String title = n.text("title", true);
        var notice = new WorkPoints.Notice(n.text("header", false), issuer, n.text("doc_number", false), title,
                n.text("addressees", false), n.texts("paragraphs"), n.text("signatory", false), written,
                n.text("written_as", false), disclosure, n.text("disclosure_as_written", false), n.date("printed", false),
                n.text("printed_by", false), n.text("printed_as", false));
        return disclosure == null || written == null || issuer == null || title == null ? null : notice;
    }

    private List<WorkPoints.Item> items(Fields parent, String anchorPrefix) {
        List<WorkPoints.Item> items = new ArrayList<>();
        int i = 1;
        for (Fields it : parent.children("items")) {
            it.onlyKeys(ITEM_KEYS);
            String anchor = anchorPrefix + "-" + i;
            String number = it.text("number", true);
            String title = it.text("title", false);
            List<String> paragraphs = it.texts("paragraphs");
            if (title == null && paragraphs.isEmpty()) {
                it.problem("paragraphs", "条目既没有标题（title）也没有正文（paragraphs）。");
            }
            items.add(new WorkPoints.Item(anchor, orEmpty(number), title, paragraphs, it.texts("responsible"),
                    it.texts("assisting"), it.text("deadline", false), it.text("responsible_as_written", false),
                    items(it, anchor)));
            i++;
        }
        return items;
    }

    private static WorkPoints.Attachment attachment(Fields af, String anchor) {
        af.onlyKeys(ATTACHMENT_KEYS);
        String title = af.text("title", true);
        Fields tf = af.child("table");
        WorkPoints.Table table = null;
        if (tf != null) {
            tf.onlyKeys(Set.of("columns", "rows"));
            List<WorkPoints.Column> columns = new ArrayList<>();
            for (Fields cf : tf.children("columns")) {
                cf.onlyKeys(Set.of("title", "role"));
                String ct = cf.text("title", true);
                WorkPoints.ColumnRole role = cf.has("role") ? cf.choice("role", ROLES, false) : WorkPoints.ColumnRole.OTHER;
                columns.add(new WorkPoints.Column(orEmpty(ct), role == null ? WorkPoints.ColumnRole.OTHER : role));
            }
            if (columns.isEmpty()) {
                tf.problem("columns", "表格至少要有一列（columns）。");
            }
            List<List<String>> rows = new ArrayList<>();
            int r = 1;
            for (YamlNode row : tf.nodes("rows")) {
                List<String> cells = cells(row);
                if (cells == null) {
                    tf.problems().add(tf.file(), row.line(), tf.name("rows") + "[" + r + "]",
                            "表格的每一行应为文本列表，例如 [\"1\", \"任务名称\", …]。");
                } else if (cells.size() != columns.size()) {
                    tf.problems().add(tf.file(), row.line(), tf.name("rows") + "[" + r + "]",
                            "这一行有 " + cells.size() + " 格，表头有 " + columns.size() + " 列。空格请写 \"\"。");
                } else {
                    rows.add(cells);
                }
                r++;
            }
            table = new WorkPoints.Table(columns, rows);
        } else {
            af.problem("table", "附件缺少表格（table）。");
        }
        if (title == null || table == null) {
            return null;
        }
        return new WorkPoints.Attachment(anchor, af.text("label", false), af.text("reference", false), title, table);
    }

    private static List<String> cells(YamlNode row) {
        if (!(row instanceof YamlNode.Sequence seq)) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (YamlNode c : seq.items()) {
            if (!(c instanceof YamlNode.Scalar s)) {
                return null;
            }
            cells.add(s.isNull() ? "" : s.text());
        }
        return cells;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
