package gongkai.cli;

import static gongkai.TestSupport.cli;
import static gongkai.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonym catalogue is checked like any content: each mistake named by file, line and field. */
class SynonymErrorsTest {
    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void copyContent() {
        content = TestSupport.contentCopy(dir);
    }

    private String checkFails(String yaml) {
        write(content.resolve("search/synonyms.yaml"), yaml);
        TestSupport.Run r = cli("check", "--content", content.toString());
        assertEquals(1, r.code(), r.err());
        return r.err();
    }

    private static void assertNames(String err, int line, String field, String words) {
        String expected = "search/synonyms.yaml 第 " + line + " 行，字段「" + field + "」：" + words;
        assertTrue(err.contains(expected), "expected «" + expected + "» in:\n" + err);
    }

    @Test
    void theProjectsCatalogueIsValid() {
        TestSupport.Run r = cli("check", "--content", content.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aGroupNeedsTwoWords() {
        assertNames(checkFails("groups:\n  - [低保, 最低生活保障]\n  - [老人]\n"), 3, "groups[2]", "一组至少要有两个词");
    }

    @Test
    void aWordBelongsToOneGroupOnly() {
        String err = checkFails("groups:\n  - [老人, 老年人]\n  - [长者, 老人]\n");
        assertNames(err, 3, "groups[2][2]", "词语「老人」已在第 2 行的一组中出现");
    }

    @Test
    void widthAndCaseVariantsAreTheSameWord() {
        assertNames(checkFails("groups:\n  - [APP, ａｐｐ, 客户端]\n"), 2, "groups[1][2]", "词语「ａｐｐ」在同一组中出现了两次");
    }

    @Test
    void aGroupIsAListOfWords() {
        String err = checkFails("groups:\n  - 低保, 最低生活保障\n  - [老人, {a: b}]\n");
        assertNames(err, 2, "groups[1]", "每一组应为一个词语列表");
        assertNames(err, 3, "groups[2][2]", "每个词应为一段文本，实为键值表");
    }

    @Test
    void wordsMustBeSearchableWordsNotSentencesOrPunctuation() {
        String err = checkFails("groups:\n  - [老人, \"……\"]\n  - [低保, 最低生活保障是为了保障困难群众基本生活而设立的制度]\n");
        assertNames(err, 2, "groups[1][2]", "词语「……」不含汉字、字母或数字");
        assertNames(err, 3, "groups[2][2]", "词语「最低生活保障是为了保障困难群众基本生活而设立的制度」太长");
    }

    @Test
    void unknownKeysAndAMissingListAreNamed() {
        String err = checkFails("group:\n  - [老人, 老年人]\n");
        assertNames(err, 1, "group", "未知字段「group」。是否想写「groups」？");
        assertTrue(err.contains("缺少字段「groups」"), err);
    }
}
