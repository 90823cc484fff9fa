package gongkai.render;

import java.util.List;

/**
 * The values templates read. Everything a page shows is computed here in Java (labels, formatted
 * dates, site-relative paths), so templates stay declarative. Paths are relative to the site
 * root; templates prefix them with the page's {@code root}.
 */
public final class Views {
    private Views() {}

    /** A link to another page. */
    public record Link(String path, String text) {}

    /** A catalogue entry with the number of documents behind it. */
    public record Entry(String path, String name, int count) {}

    /** One document in a list. */
    public record DocCard(String path, String title, String docNumber, String agency, String published,
            String kind, boolean normative, String status, String statusKey, boolean example) {}

    /**
     * A page listing documents, e.g. one year or one agency, or one page of such a list.
     *
     * @param total how many documents the whole list has, not only this page
     * @param pager null when the list fits on one page
     */
    public record Listing(String heading, String intro, int total, List<DocCard> docs, Pager pager) {}

    /**
     * Where a page sits in a list too long for one page, and the way to the others. The links that
     * lead nowhere from this page (back from the first, on from the last) are null.
     *
     * @param label the pager's accessible name, telling it apart from another pager on the same page
     * @param position where the reader is, e.g. 第 2 页，共 200 页；本页列出第 51 至 100 份
     * @param numbers the nearby pages by number, the current one among them
     */
    public record Pager(String label, String position, Link first, Link previous, List<PageNumber> numbers, Link next,
            Link last) {}

    /** A page of a list by its number; {@code current} is the page the reader is on. */
    public record PageNumber(String path, int number, boolean current) {}

    /** A page listing catalogue entries (years, agencies, topics, tags). */
    public record Catalogue(String heading, String intro, List<Entry> entries) {}

    /**
     * The 政策文件 column, or its 现行有效 narrowing: normative documents and other documents listed
     * apart, with a link to the other view.
     */
    public record PolicyColumn(String heading, String intro, Link otherView, ColumnGroup normative, ColumnGroup other) {}

    /**
     * One kind of document in the column: how many there are in all, the first page of them, and
     * the pager to the rest (null when they fit on that page).
     */
    public record ColumnGroup(int total, List<DocCard> docs, Pager pager) {}

    /** The 政策解读 list, or one page of it; {@code pager} is null when it fits on one page. */
    public record InterpretationList(int total, List<InterpretationCard> items, Pager pager) {}

    /**
     * A search page: the whole site ({@code scope} {@code all}) or the 政策文件 column
     * ({@code policies}); the year, agency and topic indexes serve readers without JavaScript.
     */
    public record SearchPage(String heading, String intro, String scope, String label, List<Entry> years,
            List<Entry> agencies, List<Entry> topics) {}

    /** The validity banner above a document that is not (or not yet, or no longer) in force, or a draft. */
    public record Banner(String text, Link replacement) {}

    /** A link that leaves the site (a service, the consultation channel); not prefixed with the page's root. */
    public record ExternalLink(String url, String text) {}

    /** A 修订记录 row. */
    public record ChangeRow(String date, String note) {}

    /** A question with its answer as sanitized HTML. */
    public record QaView(String question, Html answerHtml) {}

    /** A reply to a reader's message (留言选登), with the policy it concerns. */
    public record ReplyView(String anchor, String asked, String message, String replied, String agency, boolean simple,
            Html answerHtml, Link policy, String policyStatus, String policyStatusKey, boolean example) {}

    /** A picture of a 图解 with its alt text and long description; {@code anchor} is the description's id. */
    public record ImageView(String src, String alt, Html descriptionHtml, String anchor) {}

    /** A 元数据 row of the document's metadata table. */
    public record Meta(String label, String value, Link link) {}

    /** An interpretation as listed on its policy's page. */
    public record InterpretationCard(String path, String title, String form, String published, boolean example) {}

    /**
     * A policy page.
     *
     * @param serviceIcon the "办" icon on the title: to the one service, or to the list of several; null without services
     * @param consultation the consultation channel about this policy, or null when the site has none
     */
    public record PolicyPage(String id, String title, String kind, boolean normative, String status, String statusKey,
            boolean example, boolean draft, List<Meta> meta, List<Link> topics, List<Link> tags, Banner banner,
            List<Link> replaces, String replacesVerb, List<ChangeRow> changes, List<InterpretationCard> interpretations,
            Html bodyHtml, WorkPointsView workPoints, List<ExternalLink> services, ExternalLink serviceIcon,
            List<QaView> faq, ExternalLink consultation, List<ReplyView> replies, List<Link> indexes) {}

    /** An interpretation page; the form's own parts (images, video, questions) are empty when not that form. */
    public record InterpretationPage(String title, String form, String published, String agency, boolean example,
            Link policy, String policyStatus, String policyStatusKey, Html bodyHtml, List<ImageView> images,
            String videoSrc, List<QaView> questions) {}

    /** The 留言选登 page. */
    public record ReplyList(List<ReplyView> replies) {}

    /** A work-point document as laid out on its policy's page. */
    public record WorkPointsView(gongkai.model.WorkPoints doc, String written, List<TableView> tables) {}

    /** A task table, ready for an accessible {@code <table>}. */
    public record TableView(String anchor, String label, String reference, String title, List<String> columns,
            List<Row> rows) {}

    /** A table row; the first cell is its row header. */
    public record Row(String anchor, List<Cell> cells) {}

    /** A table cell; {@code rowspan} greater than 1 merges it with the cells below. */
    public record Cell(String text, int rowspan, boolean header) {}
}
