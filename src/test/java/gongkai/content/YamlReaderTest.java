package gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader();

    @Test
    void keepsLinesOfKeysOffsetByFirstLine() throws Exception {
        YamlNode.Mapping m = (YamlNode.Mapping) reader.parse("id: a\ntitle: 标题\nlist:\n  - x\n  - y\n", 2);
        assertEquals(2, m.lineOf("id"));
        assertEquals(3, m.lineOf("title"));
        YamlNode.Sequence list = (YamlNode.Sequence) m.get("list");
        assertEquals(6, list.items().get(1).line());
    }

    @Test
    void yaml12KeepsNoAndLeadingZerosAsText() throws Exception {
        YamlNode.Mapping m = (YamlNode.Mapping) reader.parse("a: no\nb: 0123\nc: 2023-02-30\n", 1);
        assertEquals("no", ((YamlNode.Scalar) m.get("a")).text());
        assertEquals("0123", ((YamlNode.Scalar) m.get("b")).text());
        assertEquals("2023-02-30", ((YamlNode.Scalar) m.get("c")).text());
    }

    @Test
    void emptyValueIsNull() throws Exception {
        YamlNode.Mapping m = (YamlNode.Mapping) reader.parse("a:\nb: ~\n", 1);
        assertTrue(((YamlNode.Scalar) m.get("a")).isNull());
        assertTrue(((YamlNode.Scalar) m.get("b")).isNull());
    }

    @Test
    void duplicateKeyIsASyntaxErrorWithItsLine() {
        var e = assertThrows(YamlReader.SyntaxException.class, () -> reader.parse("id: a\ntitle: x\nid: b\n", 1));
        assertEquals(3, e.line());
    }

    @Test
    void badIndentationReportsTheLine() {
        var e = assertThrows(YamlReader.SyntaxException.class, () -> reader.parse("a: 1\nb:\n  - x\n - y\n", 5));
        assertTrue(e.line() >= 8, "line " + e.line());
    }

    @Test
    void frontMatterSplitsBodyWithItsLine() {
        FrontMatter fm = FrontMatter.split("---\nid: a\n---\n正文\n");
        assertEquals("id: a\n", fm.yaml());
        assertEquals("正文\n", fm.body());
        assertEquals(4, fm.bodyLine());
        assertInstanceOf(FrontMatter.class, fm);
    }

    @Test
    void anchorsAndAliasesAreRefusedWithTheirLine() {
        var anchor = assertThrows(YamlReader.SyntaxException.class, () -> reader.parse("id: a\ntopics: &t [a, b]\n", 2));
        assertEquals(3, anchor.line());
        assertTrue(anchor.getMessage().contains("锚点「&t」"), anchor.getMessage());
        var alias = assertThrows(YamlReader.SyntaxException.class, () -> reader.parse("a: &t x\nb: *t\n", 1));
        assertEquals(2, alias.line());
        assertTrue(alias.getMessage().contains("别名「*t」"), alias.getMessage());
        assertTrue(alias.advice().contains("直接写出来"), alias.advice());
    }

    @Test
    void aliasBombIsRefusedAtItsFirstAnchorWithoutExpanding() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(9)).append("]\n");
        }
        var e = assertThrows(YamlReader.SyntaxException.class, () -> reader.parse(bomb.toString(), 1));
        assertEquals(1, e.line());
    }

    @Test
    void quotedAmpersandAndAsteriskAreText() throws Exception {
        YamlNode.Mapping m = (YamlNode.Mapping) reader.parse("a: \"&不是锚点\"\nb: \"*不是别名\"\n", 1);
        assertEquals("&不是锚点", ((YamlNode.Scalar) m.get("a")).text());
        assertEquals("*不是别名", ((YamlNode.Scalar) m.get("b")).text());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws Exception {
        int ok = YamlReader.MAX_DEPTH - 1;
        reader.parse("a: " + "[".repeat(ok) + "]".repeat(ok) + "\n", 1);
        int deep = 100_000;
        var e = assertThrows(YamlReader.SyntaxException.class,
                () -> reader.parse("a: 1\nb: " + "[".repeat(deep) + "]".repeat(deep) + "\n", 1));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("嵌套超过 " + YamlReader.MAX_DEPTH + " 层"), e.getMessage());
    }
}
