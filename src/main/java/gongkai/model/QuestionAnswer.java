package gongkai.model;

/**
 * A question and its answer, as in a 问答 interpretation or a 常见问题解答 list.
 *
 * @param answer the answer as Markdown
 */
public record QuestionAnswer(String question, String answer) {}
