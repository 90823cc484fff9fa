package gongkai.search;

import gongkai.model.PolicyKind;
import gongkai.model.ValidityStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing a reader can find: a page, or a part of one (a work-point item), with what results
 * show and filter on and the words it is found by.
 *
 * @param kind 行政规范性文件 or 其他文件 for records of the 政策文件 column, null for the rest
 * @param path the site-relative path, with a {@code #fragment} for a part of a page
 * @param docNumber the 文号, or null
 * @param agency the id of the issuing agency
 * @param date the date the record counts from (发布日期); its year is the 年份 filter
 * @param topics ids of its 主题分类
 * @param status its validity, or that of the document it belongs to
 * @param context what it belongs to, shown under its title (the policy an interpretation explains), or null
 * @param text the words of its body, shown in excerpts
 * @param extra words that also find it but are shown elsewhere (agency, topic and tag names)
 */
public record SearchDoc(
        DocType type,
        PolicyKind kind,
        String path,
        String title,
        String docNumber,
        String agency,
        LocalDate date,
        List<String> topics,
        ValidityStatus status,
        String context,
        String text,
        String extra,
        boolean example) {

    public SearchDoc {
        topics = List.copyOf(topics);
    }

    /** The same document with the words of its body. */
    SearchDoc withText(String words) {
        return new SearchDoc(type, kind, path, title, docNumber, agency, date, topics, status, context, words, extra, example);
    }
}
