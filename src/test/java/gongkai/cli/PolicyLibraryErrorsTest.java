package gongkai.cli;

import static gongkai.TestSupport.cli;
import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong values in the policy library's fields (drafts, services, interpretation forms and their
 * media, replies, the calendar, the consultation channel) are content errors naming file, line
 * and field. The publishing side of errors (the old site stays) is covered by ContentErrorsTest.
 */
class PolicyLibraryErrorsTest {
    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void copyContent() {
        content = TestSupport.contentCopy(dir);
    }

    private static final String POLICY = "---\nid: test-doc\ntitle: 测试文件\nagency: shmzj\nwritten: 2024-01-02\n"
            + "published: 2024-01-03\nkind: 行政规范性文件\ndisclosure: 主动公开\nexample: true\n";
    private static final String INTERPRETATION = "---\nid: test-jd\ntitle: 解读\npolicy: example-ylbt-2024\nagency: shmzj\n"
            + "published: 2024-03-08\ndisclosure: 主动公开\n";

    /** Writes {@code file} under the content copy, runs check, and expects exit 1 with the message. */
    private String fails(String file, String text, int line, String field, String message) {
        write(content.resolve(file), text);
        TestSupport.Run r = cli("check", "--content", content.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        String where = file + " 第 " + line + " 行" + (field == null ? "" : "，字段「" + field + "」");
        assertTrue(r.err().contains(where), "expected «" + where + "» in:\n" + r.err());
        assertTrue(r.err().contains(message), "expected «" + message + "» in:\n" + r.err());
        return r.err();
    }

    @Test
    void draftDoesNotCarryValidity() {
        fails("policies/test-doc.md", POLICY + "draft: {opens: 2024-01-03, closes: 2024-02-02}\nvalidity: {effective: 2024-03-01}\n---\n正文。\n",
                11, "validity", "征求意见稿尚未施行，不写 validity");
    }

    @Test
    void commentPeriodEndsAfterItBegins() {
        fails("policies/test-doc.md", POLICY + "draft:\n  opens: 2024-01-03\n  closes: 2024-01-02\n---\n正文。\n",
                12, "draft.closes", "征求意见截止日期 2024-01-02 早于开始日期 2024-01-03");
    }

    @Test
    void continuedNamesNoReplacement() {
        fails("policies/test-doc.md", POLICY + "validity:\n  effective: 2024-02-01\n  expires: 2025-01-31\n  status: 继续有效\n"
                + "  since: 2025-02-01\n  by: example-ylbt-2024\n---\n正文。\n", 15, "validity.by", "继续有效的文件没有替代文件");
    }

    @Test
    void serviceMentionMustBeInTheBodyAndItsAddressComplete() {
        String err = fails("policies/test-doc.md", POLICY + "validity: {effective: 2024-02-01}\nservices:\n  - name: 某项服务\n"
                + "    url: ban.example/x\n    mention: 在线申请\n---\n正文。\n", 14, "services[1].mention", "正文中找不到「在线申请」");
        assertTrue(err.contains("第 13 行，字段「services[1].url」：网址「ban.example/x」不合规"), err);
    }

    @Test
    void graphicNeedsAltTextAndALongDescription() {
        String err = fails("interpretations/test-jd.md", INTERPRETATION + "form: 图解\nimages:\n  - src: media/example-ylbt-2024-tujie.svg\n"
                + "---\n", 10, "images[1].alt", "缺少必填字段「alt」");
        assertTrue(err.contains("字段「images[1].description」：缺少必填字段「description」"), err);
    }

    @Test
    void graphicWithoutImagesIsAnError() {
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 图解\n---\n图。\n", 2, "images", "图解至少要有一张图片");
    }

    @Test
    void mediaMustBeAFileInsideContentMedia() {
        String base = INTERPRETATION + "form: 图解\nimages:\n  - {alt: 图, description: 说明, src: ";
        fails("interpretations/test-jd.md", base + "media/none.svg}\n---\n", 10, "images[1].src", "找不到文件 content/media/none.svg");
        fails("interpretations/test-jd.md", base + "media/../site.yaml}\n---\n", 10, "images[1].src", "路径「media/../site.yaml」不合规");
        fails("interpretations/test-jd.md", base + "/etc/passwd}\n---\n", 10, "images[1].src", "路径「/etc/passwd」不合规");
    }

    @Test
    void mediaLinkedFromOutsideIsRefused() throws Exception {
        Path outside = dir.resolve("outside.svg");
        write(outside, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createSymbolicLink(content.resolve("media/link.svg"), outside);
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 图解\nimages:\n  - {alt: 图, description: 说明, src: media/link.svg}\n---\n",
                10, "images[1].src", "是指向 content/media/ 之外的链接");
    }

    @Test
    void svgThatCouldRunScriptIsRefused() {
        write(content.resolve("media/bad.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 图解\nimages:\n  - {alt: 图, description: 说明, src: media/bad.svg}\n---\n",
                10, "images[1].src", "含有 <script> 元素");
        write(content.resolve("media/bad.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>");
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 图解\nimages:\n  - {alt: 图, description: 说明, src: media/bad.svg}\n---\n",
                10, "images[1].src", "含有指向其他位置的链接");
        write(content.resolve("media/bad.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 图解\nimages:\n  - {alt: 图, description: 说明, src: media/bad.svg}\n---\n",
                10, "images[1].src", "含有事件属性 onload");
    }

    @Test
    void videoNeedsAVideoFileAndATranscript() {
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 视频\nvideo: media/example-ylbt-2024-video.webm\n---\n",
                11, "正文", "视频解读必须有文字稿");
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 视频\nvideo: media/example-ylbt-2024-tujie.svg\n---\n文字稿。\n",
                9, "video", "类型不可用。可用的类型：mp4、webm");
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 视频\n---\n文字稿。\n", 2, "video", "缺少必填字段「video」");
    }

    @Test
    void questionsAndAnswersNeedQuestions() {
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 问答\nquestions:\n  - {question: 问？}\n---\n",
                10, "questions[1].answer", "缺少必填字段「answer」");
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 问答\n---\n", 2, "questions", "问答解读至少要有一组问答");
    }

    @Test
    void formFieldsBelongToTheirForm() {
        fails("interpretations/test-jd.md", INTERPRETATION + "form: 文字\nquestions:\n  - {question: 问？, answer: 答。}\n---\n正文。\n",
                9, "questions", "只有 form 为「问答」的解读才能写 questions");
    }

    @Test
    void replyNamesAPublishedPolicyAndItsDatesInOrder() {
        String reply = "---\nid: test-ly\npolicy: %s\nasked: 2024-01-09\nmessage: 留言\nreplied: %s\nagency: shmzj\n"
                + "disclosure: 主动公开\n---\n答复。\n";
        fails("replies/test-ly.md", String.format(reply, "no-such-policy", "2024-01-10"), 3, "policy",
                "找不到编号为「no-such-policy」的政策文件");
        fails("replies/test-ly.md", String.format(reply, "example-internal", "2024-01-10"), 3, "policy",
                "留言所涉的政策文件「example-internal」不是主动公开，答复不能单独公开");
        fails("replies/test-ly.md", String.format(reply, "example-ylbt-2024", "2024-01-08"), 6, "replied",
                "答复时间 2024-01-08 早于留言时间 2024-01-09");
    }

    @Test
    void calendarListsOnlyWeekendDaysAsMovedWorkdaysAndOneYearPerFile() {
        String text = TestSupport.read(content.resolve("calendar/2024.yaml"));
        fails("calendar/2024.yaml", text.replace("workdays: [2024-02-04,", "workdays: [2024-02-05,"), 12, "workdays",
                "2024-02-05 不是周六或周日");
        write(content.resolve("calendar/2024.yaml"), text);
        fails("calendar/2019.yaml", text, 3, "year", "年份 2024 与文件名不一致");
    }

    @Test
    void consultationAddressCarriesThePolicyId() {
        String site = TestSupport.read(content.resolve("site.yaml"));
        fails("site.yaml", site.replace("?policy={id}", ""), 9, "consultation.url", "网址中要有 {id}");
    }
}
