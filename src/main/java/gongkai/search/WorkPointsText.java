package gongkai.search;

import gongkai.model.WorkPoints;
import java.util.List;

/** The words of a work-point document in reading order: notice, preamble, sections, items, tables. */
final class WorkPointsText {
    private WorkPointsText() {}

    static String of(WorkPoints wp) {
        StringBuilder sb = new StringBuilder();
        WorkPoints.Notice n = wp.notice();
        lines(sb, n.title(), n.docNumber(), n.addressees());
        n.paragraphs().forEach(p -> lines(sb, p));
        lines(sb, wp.title());
        wp.preamble().forEach(p -> lines(sb, p));
        for (WorkPoints.Section s : wp.sections()) {
            lines(sb, s.number() + s.title());
            s.paragraphs().forEach(p -> lines(sb, p));
            s.items().forEach(i -> item(i, sb, true, true));
        }
        for (WorkPoints.Attachment a : wp.attachments()) {
            lines(sb, a.title());
            for (List<String> row : a.table().rows()) {
                lines(sb, String.join(" ", row));
            }
        }
        return sb.toString().strip().replace("**", "");
    }

    /**
     * An item's paragraphs, duties and deadline; with its number and lead sentence, and with its
     * sub-items, when asked (an item found on its own shows those as its title and results of their own).
     */
    static void item(WorkPoints.Item item, StringBuilder sb, boolean lead, boolean children) {
        if (lead) {
            lines(sb, item.number() + (item.title() == null ? "" : item.title()));
        }
        item.paragraphs().forEach(p -> lines(sb, p.replace("**", "")));
        if (item.responsibleAsWritten() != null) {
            lines(sb, item.responsibleAsWritten());
        } else if (!item.responsible().isEmpty()) {
            lines(sb, "责任单位：" + String.join("、", item.responsible()));
        }
        if (!item.assisting().isEmpty()) {
            lines(sb, "协助单位：" + String.join("、", item.assisting()));
        }
        lines(sb, item.deadline() == null ? null : "完成时限：" + item.deadline());
        if (children) {
            item.items().forEach(i -> item(i, sb, true, true));
        }
    }

    private static void lines(StringBuilder sb, String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                sb.append(t.strip()).append('\n');
            }
        }
    }
}
