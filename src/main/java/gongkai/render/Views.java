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

    /** A page listing documents, e.g. one year or one agency. */
    public record Listing(String heading, String intro, List<DocCard> docs) {
        public int count() {
            return docs.size();
        }
    }

    /** A page listing catalogue entries (years, agencies, topics, tags). */
    public record Catalogue(String heading, String intro, List<Entry> entries) {}

    /** The 政策文件 column: normative documents and other documents listed apart. */
    public record PolicyColumn(List<DocCard> normative, List<DocCard> other) {}

    /**
     * A search page: the whole site ({@code scope} {@code all}) or the 政策文件 column
     * ({@code policies}); the year, agency and topic indexes serve readers without JavaScript.
     */
    public record SearchPage(String heading, String intro, String scope, String label, List<Entry> years,
            List<Entry> agencies, List<Entry> topics) {}

    /** The validity banner above a document that is not (or not yet) in force. */
    public record Banner(String text, Link replacement) {}

    /** A 元数据 row of the document's metadata table. */
    public record Meta(String label, String value, Link link) {}

    /** An interpretation as listed on its policy's page. */
    public record InterpretationCard(String path, String title, String form, String published, boolean example) {}

    /** A policy page. */
    public record PolicyPage(String id, String title, String kind, boolean normative, String status, String statusKey,
            boolean example, List<Meta> meta, List<Link> topics, List<Link> tags, Banner banner, List<Link> replaces,
            String replacesVerb, List<InterpretationCard> interpretations, String bodyHtml, WorkPointsView workPoints,
            List<Link> indexes) {}

    /** An interpretation page. */
    public record InterpretationPage(String title, String form, String published, String agency, boolean example,
            Link policy, String policyStatus, String policyStatusKey, String bodyHtml, String videoSrc) {}

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
