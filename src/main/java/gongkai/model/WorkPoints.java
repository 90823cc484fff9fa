package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A yearly work-point document (工作要点) with its covering notice, numbered sections and items,
 * and attached task tables (任务分解表). Text is kept exactly as written.
 */
public record WorkPoints(
        String id,
        int year,
        String title,
        boolean draft,
        Notice notice,
        List<String> preamble,
        List<Section> sections,
        List<Attachment> attachments,
        Origin origin) {

    public WorkPoints {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }

    /** The covering notice (通知) that issues the work points. */
    public record Notice(
            String header,
            String issuer,
            String docNumber,
            String title,
            String addressees,
            List<String> paragraphs,
            String signatory,
            LocalDate written,
            String writtenAs,
            Disclosure disclosure,
            String disclosureAsWritten,
            LocalDate printed,
            String printedBy,
            String printedAs) {

        public Notice {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A numbered section such as 一、… with its items. */
    public record Section(String number, String title, List<String> paragraphs, List<Item> items) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            items = List.copyOf(items);
        }
    }

    /**
     * A numbered item, its number exactly as written ({@code 1.}, {@code （一）}, {@code (三)}).
     *
     * @param anchor a stable fragment id, unique within the document
     * @param responsible 责任单位
     * @param assisting 协助单位
     * @param deadline 完成时限 as written, or null
     * @param responsibleAsWritten the inline 责任单位 note as the source wrote it, or null
     */
    public record Item(
            String anchor,
            String number,
            String title,
            List<String> paragraphs,
            List<String> responsible,
            List<String> assisting,
            String deadline,
            String responsibleAsWritten,
            List<Item> items) {

        public Item {
            paragraphs = List.copyOf(paragraphs);
            responsible = List.copyOf(responsible);
            assisting = List.copyOf(assisting);
            items = List.copyOf(items);
        }
    }

    /** An attachment (附件) holding a table. */
    public record Attachment(String anchor, String label, String reference, String title, Table table) {}

    /** A table with typed columns; every row has one cell per column. */
    public record Table(List<Column> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A table column and the role its cells play (责任处室, 时间节点 …). */
    public record Column(String title, ColumnRole role) {}

    /** What a task-table column holds. */
    public enum ColumnRole {
        NUMBER, TASK, CONTENT, RESPONSIBLE, ASSISTING, DEADLINE, OTHER
    }
}
