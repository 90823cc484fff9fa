package gongkai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy document (政策文件) with the elements a disclosure page must show (标题, 文号, 发布机构,
 * 成文日期, 发布日期, 主题分类, 索引号, 有效性, 正文).
 *
 * @param docNumber 文号, or null when the document has none
 * @param indexNumber 索引号, or null
 * @param agency id of the issuing agency
 * @param body the 正文 as Markdown (may be empty when {@code workPoints} carries the text)
 * @param workPoints id of the work-point document that is this record's body, or null
 * @param draft the comment period when the record is a draft (征求意见稿), or null
 * @param changes the change history (修订记录), oldest first
 * @param faq the 常见问题解答 shown on the policy's own page
 * @param services online service items the policy offers
 * @param origin the file and lines the record came from, for messages
 */
public record Policy(
        String id,
        String title,
        String docNumber,
        String indexNumber,
        String agency,
        LocalDate written,
        LocalDate published,
        List<String> topics,
        List<String> tags,
        PolicyKind kind,
        ValidityData validity,
        Disclosure disclosure,
        boolean example,
        Body body,
        String workPoints,
        CommentPeriod draft,
        List<Change> changes,
        List<QuestionAnswer> faq,
        List<Service> services,
        Origin origin) {

    public Policy {
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
        changes = List.copyOf(changes);
        faq = List.copyOf(faq);
        services = List.copyOf(services);
    }
}
