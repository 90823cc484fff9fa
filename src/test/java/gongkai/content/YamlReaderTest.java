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
}
