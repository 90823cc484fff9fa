package gongkai.model;

import java.time.LocalDate;

/**
 * A published answer to a reader's message about a policy (留言选登).
 *
 * @param policy id of the policy the message concerns
 * @param asked 留言时间
 * @param message 留言内容, as the reader wrote it
 * @param replied 答复时间
 * @param agency id of the answering agency (答复单位)
 * @param simple a simple question (简单咨询), due within 1 working day instead of 5
 * @param body 答复内容 as Markdown
 */
public record Reply(
        String id,
        String policy,
        LocalDate asked,
        String message,
        LocalDate replied,
        String agency,
        boolean simple,
        Body body,
        Disclosure disclosure,
        boolean example,
        Origin origin) {}
