package gongkai.render;

import gongkai.index.PortalIndex;
import gongkai.model.Agency;
import gongkai.model.Body;
import gongkai.model.Fingerprint;
import gongkai.model.Interpretation;
import gongkai.model.InterpretationForm;
import gongkai.model.Policy;
import gongkai.model.PolicyKind;
import gongkai.model.QuestionAnswer;
import gongkai.model.Reply;
import gongkai.model.Service;
import gongkai.model.Tag;
import gongkai.model.Topic;
import gongkai.model.ValidityData;
import gongkai.model.ValidityStatus;
import gongkai.model.WorkPoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Decides which pages the portal has and builds the view of each from the index. The only class
 * that knows what a page shows; templates only lay it out.
 */
public final class PageBuilder {
    private final PortalIndex index;
    private final Markdown markdown;

    public PageBuilder(PortalIndex index) {
        this(index, new Markdown());
    }

    public PageBuilder(PortalIndex index, Markdown markdown) {
        this.index = index;
        this.markdown = markdown;
    }

    /**
     * The key of everything the pages' views are made from but the records' bodies, which each
     * page names ({@link Page#bodies}): the portal's records without them, and the date validity
     * is reckoned on. 0 when it cannot be known.
     */
    public long portalKey() {
        return Fingerprint.ofValueWithout(List.of(index.portal(), index.asOf()), Body.class).orElse(0);
    }

    /** Every page of the portal, in a stable order. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(Paths.home(), "home.ftlh", "首页", "home", this::home));
        addColumn(pages, Paths.policies(), "政策文件", "行政规范性文件与其他文件分列。",
                new Views.Link(Paths.inForce(), "只看现行有效的文件"), "政策文件栏目中的", index.policies());
        String asOf = "截至" + Dates.zh(index.asOf()) + "有效的";
        addColumn(pages, Paths.inForce(), "现行有效文件", asOf + "文件，行政规范性文件与其他文件分列。"
                + "尚未生效、已失效、废止、已修改的文件，征求意见稿，以及未标注有效性的文件不在此列。",
                new Views.Link(Paths.policies(), "查看全部政策文件"), asOf, index.inForce());
        pages.add(new Page(Paths.search(), "search.ftlh", "站内搜索", "search", () -> search("all")));
        pages.add(new Page(Paths.policySearch(), "search.ftlh", "搜索政策文件", "policies", () -> search("policies")));
        for (Policy p : index.policies()) {
            pages.add(new Page(Paths.policy(p.id()), "policy.ftlh", p.title(), "policies", () -> policy(p),
                    distinction(p.docNumber(), p.published()),
                    Stream.concat(Stream.of(p.body()), index.repliesOf(p).stream().map(Reply::body)).toList()));
        }
        addInterpretationList(pages, index.interpretations());
        for (Interpretation i : index.interpretations()) {
            pages.add(new Page(Paths.interpretation(i.id()), "interpretation.ftlh", i.title(), "interpretations",
                    () -> interpretation(i), distinction(index.policy(i.policy()).orElseThrow().docNumber(), i.published()),
                    List.of(i.body())));
        }
        pages.add(new Page(Paths.replies(), "replies.ftlh", "留言选登", "replies", this::replyList, null,
                index.replies().stream().map(Reply::body).toList()));
        addListing(pages, Paths.workPoints(), "工作要点", "workpoints", "政务公开工作要点", "各年度政务公开工作要点及其任务分解表。",
                index.workPointPolicies());
        pages.add(new Page(Paths.years(), "catalogue.ftlh", "按年份浏览", "years", this::years));
        for (Map.Entry<Integer, List<Policy>> e : index.byYear().entrySet()) {
            int y = e.getKey();
            addListing(pages, Paths.year(y), y + "年", "years", y + "年发布的文件", "按发布日期排列，最新的在前。",
                    e.getValue());
        }
        pages.add(new Page(Paths.agencies(), "catalogue.ftlh", "按发布机构浏览", "agencies", this::agencies));
        for (Map.Entry<Agency, List<Policy>> e : index.byAgency().entrySet()) {
            Agency a = e.getKey();
            addListing(pages, Paths.agency(a.id()), a.name(), "agencies", a.name() + "发布的文件", "发布机构：" + a.name() + "。",
                    e.getValue());
        }
        pages.add(new Page(Paths.topics(), "catalogue.ftlh", "按主题浏览", "topics", this::topics));
        for (Map.Entry<Topic, List<Policy>> e : index.byTopic().entrySet()) {
            Topic t = e.getKey();
            addListing(pages, Paths.topic(t.id()), t.name(), "topics", "主题：" + t.name(), "主题分类为「" + t.name() + "」的文件。",
                    e.getValue());
        }
        pages.add(new Page(Paths.featured(), "catalogue.ftlh", "特色主题", "topics", this::featured));
        pages.add(new Page(Paths.tags(), "catalogue.ftlh", "按标签浏览", "topics", this::tags));
        for (Map.Entry<Tag, List<Policy>> e : index.byTag().entrySet()) {
            Tag t = e.getKey();
            addListing(pages, Paths.tag(t.id()), "标签：" + t.name(), "topics", "标签：" + t.name(),
                    "带有标签「" + t.name() + "」的文件。", e.getValue());
        }
        pages.add(new Page(Paths.accessibility(), "accessibility.ftlh", "无障碍声明", "accessibility", Map::of));
        return pages;
    }

    /** What tells a document apart from another of the same title: its 文号, or else its date. */
    private static String distinction(String docNumber, java.time.LocalDate published) {
        return docNumber != null ? docNumber : Dates.zh(published) + "发布";
    }

    private Object home() {
        List<Views.DocCard> latest = index.policies().stream().limit(10).map(this::card).toList();
        return Map.of("latest", latest, "years", yearEntries(), "featured", featuredEntries(),
                "asOf", Dates.zh(index.asOf()));
    }

    /**
     * A column that lists 行政规范性文件 and 其他文件 apart. Each kind is paged on its own: the column
     * page holds the first page of each, and 下一页 goes on through that kind alone. Cutting the
     * mixed list and splitting every page would leave a reader who wants only the binding
     * 行政规范性文件 paging through every page of the column for the few on each, with two short
     * lists per page to keep apart; one kind per page, counted on its own (第 2 页，共 60 页), is
     * what an older reader can follow.
     *
     * @param groupIntro how the kind's own pages introduce it, before the kind's name
     */
    private void addColumn(List<Page> pages, String path, String heading, String intro, Views.Link otherView,
            String groupIntro, List<Policy> docs) {
        List<Policy> normative = docs.stream().filter(p -> p.kind() == PolicyKind.NORMATIVE).toList();
        List<Policy> other = docs.stream().filter(p -> p.kind() != PolicyKind.NORMATIVE).toList();
        pages.add(new Page(path, "policies.ftlh", heading, "policies", () -> new Views.PolicyColumn(heading, intro, otherView,
                group(path, PolicyKind.NORMATIVE, normative), group(path, PolicyKind.OTHER, other))));
        for (PolicyKind kind : PolicyKind.values()) {
            List<Policy> kindDocs = kind == PolicyKind.NORMATIVE ? normative : other;
            String title = heading + "：" + kind.label();
            String kindIntro = groupIntro + kind.label() + "，按发布日期排列，最新的在前。";
            IntFunction<String> pathOf = kindPages(path, kind);
            for (int n = 2; n <= Pagination.pages(kindDocs.size()); n++) {
                int page = n;
                pages.add(new Page(pathOf.apply(n), "listing.ftlh", Pagination.title(title, n), "policies",
                        () -> listing(title, kindIntro, pagerLabel(kind), kindDocs, page, pathOf)));
            }
        }
    }

    /** The first page of one kind in its column; the rest are the kind's own pages. */
    private Views.ColumnGroup group(String column, PolicyKind kind, List<Policy> docs) {
        return new Views.ColumnGroup(docs.size(), cards(Pagination.page(docs, 1)),
                Pagination.pager(pagerLabel(kind), docs.size(), 1, "份", kindPages(column, kind)));
    }

    private static IntFunction<String> kindPages(String column, PolicyKind kind) {
        return n -> Paths.groupPage(column, groupKey(kind), n);
    }

    /** The anchor of a kind on its column page, and the folder of its later pages. */
    private static String groupKey(PolicyKind kind) {
        return kind == PolicyKind.NORMATIVE ? "normative" : "other";
    }

    /** Names the pager after its kind, as the column page has one pager for each. */
    private static String pagerLabel(PolicyKind kind) {
        return kind.label() + "分页";
    }

    private Object replyList() {
        return new Views.ReplyList(index.replies().stream().map(this::reply).toList());
    }

    private Object featured() {
        return new Views.Catalogue("特色主题", "本门户重点展示的主题。", featuredEntries());
    }

    private List<Views.Entry> featuredEntries() {
        return index.byTopic().entrySet().stream().filter(e -> e.getKey().featured())
                .map(e -> new Views.Entry(Paths.topic(e.getKey().id()), e.getKey().name(), e.getValue().size())).toList();
    }

    private Object search(String scope) {
        List<Views.Entry> agencies = agencyEntries();
        List<Views.Entry> topics = topicEntries();
        return scope.equals("policies")
                ? new Views.SearchPage("搜索政策文件", "在政策文件中搜索，行政规范性文件与其他文件分列。", scope, "搜索政策文件",
                        yearEntries(), agencies, topics)
                : new Views.SearchPage("站内搜索", "搜索本站的政策文件、政策解读和工作要点。可以输入汉字、文号、拼音或拼音首字母。", scope,
                        "搜索全站", yearEntries(), agencies, topics);
    }

    private void addInterpretationList(List<Page> pages, List<Interpretation> all) {
        String first = Paths.interpretations();
        for (int n = 1; n <= Pagination.pages(all.size()); n++) {
            int page = n;
            pages.add(new Page(Paths.listPage(first, n), "interpretations.ftlh", Pagination.title("政策解读", n),
                    "interpretations", () -> new Views.InterpretationList(all.size(),
                            Pagination.page(all, page).stream().map(this::interpretationCard).toList(),
                            Pagination.pager("分页", all.size(), page, "篇", k -> Paths.listPage(first, k)))));
        }
    }

    /** Adds the pages of one list of documents: the first at {@code first}, each later one beside it. */
    private void addListing(List<Page> pages, String first, String title, String section, String heading, String intro,
            List<Policy> docs) {
        IntFunction<String> pathOf = n -> Paths.listPage(first, n);
        for (int n = 1; n <= Pagination.pages(docs.size()); n++) {
            int page = n;
            pages.add(new Page(pathOf.apply(n), "listing.ftlh", Pagination.title(title, n), section,
                    () -> listing(heading, intro, "分页", docs, page, pathOf)));
        }
    }

    private Object years() {
        return new Views.Catalogue("按年份浏览", "按发布日期的年份分类。", yearEntries());
    }

    private List<Views.Entry> yearEntries() {
        return index.byYear().entrySet().stream()
                .map(e -> new Views.Entry(Paths.year(e.getKey()), e.getKey() + "年", e.getValue().size())).toList();
    }

    private Object agencies() {
        return new Views.Catalogue("按发布机构浏览", "按发布机构分类。", agencyEntries());
    }

    private List<Views.Entry> agencyEntries() {
        return index.byAgency().entrySet().stream()
                .map(e -> new Views.Entry(Paths.agency(e.getKey().id()), e.getKey().name(), e.getValue().size())).toList();
    }

    private Object topics() {
        return new Views.Catalogue("按主题浏览", "按主题分类浏览，特色主题亦在其中。", topicEntries());
    }

    private List<Views.Entry> topicEntries() {
        return index.byTopic().entrySet().stream()
                .map(e -> new Views.Entry(Paths.topic(e.getKey().id()), e.getKey().name(), e.getValue().size())).toList();
    }

    private Object tags() {
        return new Views.Catalogue("按标签浏览", "标签目录：按市民和企业关心的事项给文件加的标签。", index.byTag().entrySet().stream()
                .map(e -> new Views.Entry(Paths.tag(e.getKey().id()), e.getKey().name(), e.getValue().size())).toList());
    }

    private Views.Listing listing(String heading, String intro, String pagerLabel, List<Policy> docs, int page,
            IntFunction<String> pathOf) {
        return new Views.Listing(heading, intro, docs.size(), cards(Pagination.page(docs, page)),
                Pagination.pager(pagerLabel, docs.size(), page, "份", pathOf));
    }

    private List<Views.DocCard> cards(List<Policy> docs) {
        return docs.stream().map(this::card).toList();
    }

    private Views.DocCard card(Policy p) {
        ValidityStatus s = index.status(p);
        return new Views.DocCard(Paths.policy(p.id()), p.title(), p.docNumber(), index.agency(p.agency()).name(),
                Dates.zh(p.published()), p.kind().label(), p.kind() == PolicyKind.NORMATIVE, s.label(), s.key(),
                p.example());
    }

    private Views.InterpretationCard interpretationCard(Interpretation i) {
        return new Views.InterpretationCard(Paths.interpretation(i.id()), i.title(), i.form().label(),
                Dates.zh(i.published()), i.example());
    }

    private Object policy(Policy p) {
        ValidityStatus s = index.status(p);
        Agency agency = index.agency(p.agency());
        List<Views.Meta> meta = new ArrayList<>();
        if (p.indexNumber() != null) {
            meta.add(new Views.Meta("索引号", p.indexNumber(), null));
        }
        meta.add(new Views.Meta("标题", p.title(), null));
        meta.add(new Views.Meta("文号", p.docNumber() == null ? "无" : p.docNumber(), null));
        meta.add(new Views.Meta("发布机构", agency.name(), new Views.Link(Paths.agency(agency.id()), agency.name())));
        meta.add(new Views.Meta("成文日期", Dates.zh(p.written()), null));
        meta.add(new Views.Meta("发布日期", Dates.zh(p.published()), null));
        meta.add(new Views.Meta("文件类型", p.kind().label(), null));
        if (p.draft() != null) {
            meta.add(new Views.Meta("征求意见时间", Dates.zh(p.draft().opens()) + "至" + Dates.zh(p.draft().closes()), null));
        }
        meta.add(new Views.Meta("有效性", validityText(s, p), null));
        List<Views.Link> topics = p.topics().stream().map(index::topic)
                .map(t -> new Views.Link(Paths.topic(t.id()), t.name())).toList();
        List<Views.Link> tags = p.tags().stream().map(index::tag)
                .map(t -> new Views.Link(Paths.tag(t.id()), t.name())).toList();
        List<Policy> replaced = index.replacedBy(p);
        List<Views.Link> replaces = replaced.stream().map(this::titleLink).toList();
        List<Views.InterpretationCard> interps = index.interpretationsOf(p).stream().map(this::interpretationCard).toList();
        List<Views.ChangeRow> changes = p.changes().stream()
                .map(c -> new Views.ChangeRow(Dates.zh(c.date()), c.note())).toList();
        List<Views.ExternalLink> services = p.services().stream()
                .map(v -> new Views.ExternalLink(v.url(), v.name())).toList();
        WorkPoints wp = index.workPointsOf(p).orElse(null);
        // The services are part of what the HTML is made from: their mentions in the text become links.
        Html body = EmbeddedBodies.note(p.body()).isBlank() ? Html.EMPTY
                : Html.of(Fingerprint.ofValue(List.of(p.body(), p.services())).orElseThrow(),
                        () -> ServiceLinker.link(markdown.toHtml(p.body()), p.services()));
        var consultation = index.portal().site().consultation();
        return new Views.PolicyPage(p.id(), p.title(), p.kind().label(), p.kind() == PolicyKind.NORMATIVE, s.label(),
                s.key(), p.example(), p.draft() != null, meta, topics, tags, banner(s), replaces, replacesVerb(replaced),
                changes, interps, body, wp == null ? null : workPoints(wp), services, serviceIcon(p.services()),
                qa(p.faq()), consultation == null ? null
                        : new Views.ExternalLink(consultation.urlFor(p.id()), consultation.name()),
                index.repliesOf(p).stream().map(this::reply).toList(), indexes(p, s, topics, tags));
    }

    /** Every index page the document is listed on, so readers can browse on from it. */
    private List<Views.Link> indexes(Policy p, ValidityStatus s, List<Views.Link> topics, List<Views.Link> tags) {
        Agency agency = index.agency(p.agency());
        List<Views.Link> indexes = new ArrayList<>();
        indexes.add(new Views.Link(Paths.groupPage(Paths.policies(), groupKey(p.kind()), 1), "政策文件：" + p.kind().label()));
        if (s.inForce()) {
            indexes.add(new Views.Link(Paths.groupPage(Paths.inForce(), groupKey(p.kind()), 1), "现行有效文件"));
        }
        indexes.add(new Views.Link(Paths.year(p.published().getYear()), "发布年份：" + p.published().getYear() + "年"));
        indexes.add(new Views.Link(Paths.agency(agency.id()), "发布机构：" + agency.name()));
        for (String id : p.topics()) {
            Topic t = index.topic(id);
            indexes.add(new Views.Link(Paths.topic(t.id()), (t.featured() ? "特色主题：" : "主题：") + t.name()));
        }
        tags.forEach(t -> indexes.add(new Views.Link(t.path(), "标签：" + t.text())));
        return indexes;
    }

    private static String replacesVerb(List<Policy> replaced) {
        boolean repealed = replaced.stream().anyMatch(r -> r.validity().override().kind() == ValidityData.OverrideKind.REPEALED);
        boolean amended = replaced.stream().anyMatch(r -> r.validity().override().kind() == ValidityData.OverrideKind.AMENDED);
        return repealed && amended ? "本文件废止或修改了" : amended ? "本文件修改了" : "本文件废止了";
    }

    /** One service: the icon goes straight to it; several: to their list on the page. */
    private static Views.ExternalLink serviceIcon(List<Service> services) {
        if (services.isEmpty()) {
            return null;
        }
        if (services.size() == 1) {
            return new Views.ExternalLink(services.get(0).url(), "（在线办理：" + services.get(0).name() + "）");
        }
        return new Views.ExternalLink("#services", "（可在线办理，见本页“相关办事服务”）");
    }

    private List<Views.QaView> qa(List<QuestionAnswer> items) {
        return items.stream().map(q -> new Views.QaView(q.question(), html(q.answer(), "答："))).toList();
    }

    private Views.ReplyView reply(Reply r) {
        Policy p = index.policy(r.policy()).orElseThrow();
        ValidityStatus s = index.status(p);
        return new Views.ReplyView(Paths.replyAnchor(r.id()), Dates.zh(r.asked()), r.message(), Dates.zh(r.replied()),
                index.agency(r.agency()).name(), r.simple(), html(r.body()), titleLink(p), s.label(), s.key(),
                r.example());
    }

    private Views.Link titleLink(Policy p) {
        return new Views.Link(Paths.policy(p.id()), "《" + p.title() + "》" + (p.docNumber() == null ? "" : "（" + p.docNumber() + "）"));
    }

    private String validityText(ValidityStatus s, Policy p) {
        var v = p.validity();
        StringBuilder sb = new StringBuilder(s.label());
        List<String> parts = new ArrayList<>();
        if (v.effective() != null) {
            parts.add(Dates.zh(v.effective()) + "起施行");
        }
        if (v.expires() != null) {
            parts.add("有效期至" + Dates.zh(v.expires()));
        }
        var o = v.override();
        if (o != null && o.kind() == ValidityData.OverrideKind.CONTINUED && !index.asOf().isBefore(o.since())) {
            parts.add("经评估自" + Dates.zh(o.since()) + "起继续有效" + (o.note() == null ? "" : "：" + o.note().strip()));
        }
        if (!parts.isEmpty()) {
            sb.append("（").append(String.join("，", parts)).append("）");
        }
        return sb.toString();
    }

    private Views.Banner banner(ValidityStatus s) {
        if (s instanceof ValidityStatus.Repealed r) {
            return new Views.Banner("本文件已于" + Dates.zh(r.since()) + "废止" + (r.by() == null ? "。" : "，请以下列文件为准："),
                    replacement(r.by()));
        }
        if (s instanceof ValidityStatus.Amended a) {
            return new Views.Banner("本文件已于" + Dates.zh(a.since()) + "修改" + (a.by() == null ? "。" : "，修改内容见："),
                    replacement(a.by()));
        }
        if (s instanceof ValidityStatus.Expired e) {
            return new Views.Banner("本文件已于" + Dates.zh(e.since()) + "失效，仅供查阅。", null);
        }
        if (s instanceof ValidityStatus.NotYetEffective n) {
            return new Views.Banner("本文件尚未生效，将于" + Dates.zh(n.from()) + "起施行。", null);
        }
        if (s instanceof ValidityStatus.CommentPending c) {
            return new Views.Banner("本文件为征求意见稿，不具有效力。征求意见时间为" + Dates.zh(c.opens()) + "至"
                    + Dates.zh(c.closes()) + "。", null);
        }
        if (s instanceof ValidityStatus.CommentOpen c) {
            return new Views.Banner("本文件为征求意见稿，不具有效力。正在征求意见，截止日期为" + Dates.zh(c.closes())
                    + "，意见可通过本页“政策咨询”提出。", null);
        }
        if (s instanceof ValidityStatus.CommentClosed c) {
            return new Views.Banner("本文件为征求意见稿，不具有效力。征求意见已于" + Dates.zh(c.closed()) + "结束。", null);
        }
        return null;
    }

    private Views.Link replacement(String id) {
        return id == null ? null : index.policy(id).map(this::titleLink).orElse(null);
    }

    private Object interpretation(Interpretation i) {
        Policy p = index.policy(i.policy()).orElseThrow();
        ValidityStatus s = index.status(p);
        List<Views.ImageView> images = new ArrayList<>();
        if (i.form() instanceof InterpretationForm.Graphic g) {
            for (InterpretationForm.Image img : g.images()) {
                images.add(new Views.ImageView(img.file().path(), img.alt(), html(img.description(), null),
                        "graphic-" + (images.size() + 1) + "-description"));
            }
        }
        String video = i.form() instanceof InterpretationForm.Video v ? v.file().path() : null;
        List<Views.QaView> questions = i.form() instanceof InterpretationForm.QuestionsAndAnswers q ? qa(q.items()) : List.of();
        return new Views.InterpretationPage(i.title(), i.form().label(), Dates.zh(i.published()),
                index.agency(i.agency()).name(), i.example(), titleLink(p), s.label(), s.key(),
                html(i.body()), images, video, questions);
    }

    /**
     * The HTML of a short Markdown text in a record (an answer, a picture's description), with
     * {@code label} (or none) in bold in front, converted only if its page is written.
     */
    private Html html(String text, String label) {
        String source = text == null ? "" : text;
        return Html.of(Fingerprint.of(source), label == null ? () -> markdown.toHtml(source) : () -> markdown.toHtml(source, label));
    }

    /** The HTML of a record's body, converted only if its page is written. */
    private Html html(Body body) {
        return EmbeddedBodies.note(body).isBlank() ? Html.EMPTY : Html.of(body.fingerprint(), () -> markdown.toHtml(body));
    }

    private Views.WorkPointsView workPoints(WorkPoints wp) {
        List<Views.TableView> tables = new ArrayList<>();
        for (WorkPoints.Attachment a : wp.attachments()) {
            tables.add(table(a));
        }
        return new Views.WorkPointsView(wp, Dates.zh(wp.notice().written()), tables);
    }

    /** Lays out a task table; an empty 任务名称 cell continues the task above, so it is merged into it. */
    private static Views.TableView table(WorkPoints.Attachment a) {
        WorkPoints.Table t = a.table();
        List<String> columns = t.columns().stream().map(WorkPoints.Column::title).toList();
        int taskCol = -1;
        for (int c = 0; c < t.columns().size(); c++) {
            if (t.columns().get(c).role() == WorkPoints.ColumnRole.TASK) {
                taskCol = c;
            }
        }
        int n = t.rows().size();
        int[] span = new int[n];
        if (taskCol >= 0) {
            int owner = -1;
            for (int r = 0; r < n; r++) {
                boolean continues = t.rows().get(r).get(taskCol).isBlank() && owner >= 0;
                if (continues) {
                    span[owner]++;
                } else {
                    owner = r;
                    span[r] = 1;
                }
            }
        }
        List<Views.Row> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<String> row = t.rows().get(r);
            List<Views.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                if (c == taskCol) {
                    if (span[r] == 0) {
                        continue;
                    }
                    cells.add(new Views.Cell(row.get(c), span[r], false));
                } else {
                    cells.add(new Views.Cell(row.get(c), 1, c == 0));
                }
            }
            rows.add(new Views.Row(a.anchor() + "-row-" + (r + 1), cells));
        }
        return new Views.TableView(a.anchor(), a.label(), a.reference(), a.title(), columns, rows);
    }
}
