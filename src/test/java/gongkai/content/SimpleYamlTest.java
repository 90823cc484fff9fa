package gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the fast path: wherever {@link SimpleYaml} returns a tree, Jackson must
 * read the same text without error into the same tree, key order and every line included. Runs
 * over the real content, the test corpora (broken ones included), generated records, hand-picked
 * tricky texts and random texts. Also checks that the fast path takes what maintainers write, so
 * that it is not quietly dead.
 */
class SimpleYamlTest {
    private final YamlReader reader = new YamlReader();

    /** A YAML text and the file line it starts on. */
    private record Text(String name, String yaml, int firstLine) {}

    @Test
    void agreesWithJacksonOnTheRealContentAndTakesNearlyAllOfIt() throws IOException {
        List<Text> texts = yamlTexts(Path.of("content"));
        int taken = agree(texts);
        assertTrue(texts.size() >= 30, "texts: " + texts.size());
        // Only the two records whose FAQ answers are block scalars (answer: |) go to Jackson.
        assertEquals(texts.size() - 2, taken, "taken of " + texts.size());
    }

    @Test
    void agreesWithJacksonOnTheTestCorpora() throws IOException {
        List<Text> texts = yamlTexts(Path.of("src/test/resources"));
        int taken = agree(texts);
        assertTrue(taken >= texts.size() / 2, taken + " of " + texts.size());
        for (String broken : List.of("malformed-yaml", "deep-nesting", "yaml-alias", "yaml-alias-bomb")) {
            assertTrue(texts.stream().anyMatch(t -> t.name().contains("/" + broken + "/")), broken);
        }
    }

    @Test
    void takesEveryGeneratedRecord(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(dir, 300, 42);
        List<Text> texts = yamlTexts(dir);
        assertTrue(texts.size() > 300, "texts: " + texts.size());
        assertEquals(texts.size(), agree(texts));
    }

    @Test
    void agreesWithJacksonOnTrickyTexts() {
        List<Text> texts = new ArrayList<>();
        for (String value : VALUES) {
            texts.add(new Text("value " + value, "id: a\nk: " + value + "\nz: end\n", 2));
            texts.add(new Text("item " + value, "list:\n  - " + value + "\n  - b\n", 1));
            texts.add(new Text("flow " + value, "list: [" + value + ", b]\n", 1));
            texts.add(new Text("flow map " + value, "m: {a: " + value + ", b: c}\n", 1));
            texts.add(new Text("last " + value, "k: " + value, 1));
            texts.add(new Text("last flow " + value, "k: [" + value, 1));
            texts.add(new Text("last flow map " + value, "k: {" + value, 1));
        }
        for (String key : KEYS) {
            texts.add(new Text("key " + key, key + ": v\nb: w\n", 1));
            texts.add(new Text("nested key " + key, "a:\n  " + key + ": v\n", 1));
            texts.add(new Text("flow key " + key, "a: {" + key + ": v}\n", 1));
        }
        for (String doc : DOCUMENTS) {
            texts.add(new Text(doc, doc, 2));
        }
        agree(texts);
    }

    @Test
    void declinesWhatItDoesNotTake() {
        for (String doc : List.of("a: |\n  x\n", "a: &x b\n", "a: *x\n", "a: !t b\n", "a: b\n  c\n", "a: \"b\n  c\"\n",
                "a: {b: c,\n  d: e}\n", "? a\n: b\n", "a:\tb\n", "---\na: b\n", "a: b\n...\n", "a: \"\\u0041\"\n",
                "a: b\na: c\n", "a:\n   b: c\n  d: e\n", "a: b\r\nc: d\r\n", "- a\n- b\n", "# nothing\n", "",
                "a: " + "[".repeat(30) + "]".repeat(30) + "\n")) {
            assertNull(SimpleYaml.parse(doc, 1), doc);
        }
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertNull(SimpleYaml.parse(deep.toString(), 1), "deep nesting");
    }

    @Test
    void frontMatterArrivesWithoutCarriageReturns() {
        FrontMatter fm = FrontMatter.split("---\r\nid: a\r\ntitle: 标题\r\nlist:\r\n  - x\r\n---\r\n正文\r\n");
        assertNotNull(SimpleYaml.parse(fm.yaml(), 2));
    }

    @Test
    void agreesWithJacksonOnRandomLines() {
        Random random = new Random(7);
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            StringBuilder doc = new StringBuilder();
            int lines = 1 + random.nextInt(8);
            for (int l = 0; l < lines; l++) {
                doc.append(" ".repeat(INDENTS[random.nextInt(INDENTS.length)]));
                switch (random.nextInt(6)) {
                    case 0 -> doc.append(pick(random, KEYS)).append(':');
                    case 1 -> doc.append("- ").append(pick(random, VALUES));
                    case 2 -> doc.append("- ").append(pick(random, KEYS)).append(": ").append(pick(random, VALUES));
                    case 3 -> doc.append(random.nextBoolean() ? "# note" : random.nextBoolean() ? "-" : "");
                    default -> doc.append(pick(random, KEYS)).append(": ").append(pick(random, VALUES));
                }
                doc.append('\n');
            }
            if (random.nextInt(4) == 0) {
                doc.setLength(doc.length() - 1); // the last line without its line break
            }
            texts.add(new Text("random " + i, doc.toString(), 1 + random.nextInt(3)));
        }
        int taken = agree(texts);
        assertTrue(taken > 300, "taken " + taken);
    }

    @Test
    void agreesWithJacksonOnRandomTrees() {
        Random random = new Random(11);
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder doc = new StringBuilder();
            mapping(random, doc, 0, 0, 1 + random.nextInt(5));
            texts.add(new Text("tree " + i, doc.toString(), 1 + random.nextInt(3)));
        }
        int taken = agree(texts);
        assertTrue(taken > texts.size() / 3, "taken " + taken);
    }

    /** Writes a block mapping at {@code col}; its first key follows {@code first} chars already on the line. */
    private static void mapping(Random random, StringBuilder doc, int col, int first, int entries) {
        for (int e = 0; e < entries; e++) {
            if (e > 0 || first == 0) {
                gap(random, doc);
            }
            doc.append(" ".repeat(e == 0 ? col - first : col)).append(random.nextInt(8) > 0 ? "k" + e : pick(random, KEYS)).append(':');
            int depth = col / 2;
            switch (depth > 5 ? 0 : random.nextInt(6)) {
                case 0, 1 -> doc.append(' ').append(value(random)).append(random.nextInt(5) == 0 ? " # c" : "").append('\n');
                case 2 -> {
                    doc.append('\n');
                    mapping(random, doc, col + 1 + random.nextInt(3), 0, 1 + random.nextInt(4));
                }
                case 3 -> {
                    doc.append(random.nextBoolean() ? "" : " # list").append('\n');
                    sequence(random, doc, col + (random.nextBoolean() ? 0 : 2), 1 + random.nextInt(4));
                }
                case 4 -> doc.append('\n');
                default -> doc.append(" [").append(value(random)).append(", ").append(value(random)).append("]\n");
            }
        }
    }

    private static void sequence(Random random, StringBuilder doc, int col, int items) {
        for (int i = 0; i < items; i++) {
            gap(random, doc);
            doc.append(" ".repeat(col)).append('-');
            switch (random.nextInt(4)) {
                case 0 -> doc.append('\n');
                case 1 -> {
                    int spaces = 1 + random.nextInt(3);
                    doc.append(" ".repeat(spaces));
                    mapping(random, doc, col + 1 + spaces, col + 1 + spaces, 1 + random.nextInt(3));
                }
                default -> doc.append(' ').append(value(random)).append('\n');
            }
        }
    }

    /** Now and then a blank or comment line, at any indentation. */
    private static void gap(Random random, StringBuilder doc) {
        switch (random.nextInt(12)) {
            case 0 -> doc.append('\n');
            case 1 -> doc.append(" ".repeat(random.nextInt(6))).append("# 注释\n");
            default -> { }
        }
    }

    /** Mostly values the fast path takes, so that most trees are compared; sometimes any. */
    private static String value(Random random) {
        return pick(random, random.nextInt(4) == 0 ? VALUES : List.of("text", "两个 词", "2024-01-01", "'q'", "\"d\"", "~", "1"));
    }

    private static String pick(Random random, List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static final int[] INDENTS = {0, 0, 0, 1, 2, 2, 2, 3, 4, 4, 6};

    private static final List<String> VALUES = List.of(
            "text", "两个 词", "养老服务补贴", "no", "on", "yes", "off", "0123", "123", "-1", "+1", "1.5", "1e3", ".inf", "-.inf",
            ".nan", "0x1F", "0o17", "1_000", "true", "false", "True", "FALSE", "2024-01-01", "2023-02-30", "2024-01-01T10:00:00Z",
            "12:30", "1:20:30", "~", "null", "Null", "NULL", "\"\"", "''", "\"null\"", "'~'", "\"~\"", "a ~", "'it''s'",
            "'a '' b'", "'''", "\"a \\\"b\\\" c\"", "\"a\\\\b\"", "\"a\\nb\"", "\"a\\tb\"", "\"\\u4e2d\"", "\"a\\/b\"", "\" padded \"",
            "' padded '", "\"#not comment\"", "'a: b'", "\"[a, b]\"", "a: b", "a:b", "a:", "a :b", "a : b", "a #comment",
            "a#b", "a  #b", "#all comment", "http://example.org/a?b=1&c=2#frag", "https://ban.example/ylbt/shenling",
            "[a, b]", "[a,b]", "[ a , b ]", "[]", "[ ]", "{}", "{ }", "[\"a, b\", c]", "['a, b', \"c\"]", "[a b, c d]", "[a, ]",
            "[a,, b]", "[, a]", "[a, [b]]", "[a, {b: c}]", "[a: b]", "[a:b]", "[a, b", "[a, b] c", "[a, b]#c", "[a, b] # c",
            "[a #b]", "{a: b, c: d}", "{a: b, a: c}", "{a: }", "{a}", "{a: b,}", "{\"a\": b}", "{'a': b}", "{a:b}", "{a: b:c}",
            "{a: https://x.org/y}", "{a: [b]}", "|", ">", "|-", "&x y", "*x", "!t x", "!!str x", "- x", "-x", "?x", "? x",
            ":x", "%x", "@x", "`x`", "a,b", "a, b", "a]b", "a}b", "a[b", "x ] y", "${HOME}", "😀 表情", "　全角空格　",
            "a\u00A0b", "（示例）标题", "示例规〔2024〕1号", "“引号”", "a\"b", "a'b", "a\\b", "'unclosed", "\"unclosed",
            "\"a\" b", "'a'b", "\"a\"#c", "\"a\" #c", "a\tb", "a\u2028b", "a\u0085b", "a\uFEFFb", "a\u0007b", "a\rb",
            "---", "...", "a --- b", "<<", "=", "a " + "长".repeat(300), "<a href=\"x\">链接</a>", "50%", "C++", "a|b", "a>b",
            "a&b", "a*b", "a!b", "a@b", "a`b", "a%b", "a?b", "a-b", "-", "--", "- ", "", "b\u00A0", "\u00A0b", "b\u3000",
            "[a#b, c]", "[a , b ]", "['a''b']", "[\"\"]", "[~, null]", "{a: ~}", "{a: 'b', c: \"d\"}", "{~: b}", "{null: b}");

    private static final List<String> KEYS = List.of(
            "id", "title", "doc_number", "a b", "\"quoted key\"", "'single key'", "\"\"", "''", "null", "~", "Null", "true", "1",
            "0123", "2024-01-01", "a#b", "a:b", "a.b", "a-b", "a_b", "日期", "a ", "\"a\"", "'a'", "\"a: b\"", "'a''b'",
            "\"a\\\"b\"", "-x", "?a", "&a", "*a", "!a", "[a]", "{a}", "a[0]", "a,b", "<<", "=", "%a", "@a", "`a`", "|", ">",
            "\"a\" ", "a #b", "a\u00A0", "\u3000a", "k" + "x".repeat(300), "k" + "x".repeat(1100), "x", "y", "z");

    private static final List<String> DOCUMENTS = List.of(
            "", " ", "\n", "# only a comment\n", "\n\n# a\n  # b\n", "a: b", "a: b\n\n\n", "\n\na: b\n", "# c\nid: a\n",
            "  id: a\n  title: b\n", "  id: a\ntitle: b\n", "id: a\n  title: b\n", "a:\n  b: c\n d: e\n", "a:\n  b: c\n   d: e\n",
            "a:\n- x\n- y\nb: c\n", "a:\n  - x\n - y\n", "a:\n  - x\n  y\n", "a:\n  -\n  - y\n", "a:\n-\nb:\n", "-\n", "- a\n",
            "a: b\nc\n", "a: b\n  # c\nd: e\n", "a: b\n# c\n  d\n", "a: b # c\n  d\n", "a:\n\n\n  b: c\n", "a:\n  b:\n    c:\n      d: e\n",
            "a:\n- b: c\n  d: e\n- f\n", "a:\n  - b: c\n    d:\n    - e\n    f: g\n", "a:\n  - - x\n", "a:\n  -   b: c\n      d: e\n",
            "a:\n  - b: c\n   d: e\n", "a:\n  - b:\n      c: d\n", "a:\n  - b:\n    c: d\n", "a:\n  - b:\n   c: d\n",
            "faq:\n  - question: 问？\n    answer: 答：可以。\n  - question: 二\n    answer: \"引号：内容\"\n",
            "services:\n  - name: 办理\n    url: https://ban.example/a?b=c\n    mention: 网上办理\n",
            "changes:\n  - date: 2024-01-01\n    what: 修订\n  - date: 2025-01-01\n    what: [a, b]\n",
            "privacy_reviewed:\n  - field: body\n    reason: 已审查\n    by: 张三\n",
            "validity:\n  effective: 2024-04-01\n  expires:\n  repealed_by: ~\n",
            "a: b\n---\nc: d\n", "%YAML 1.2\n---\na: b\n", "a: b\n--- \n", "a: 'b\n\n  c'\n", "a: \"b\\\n  c\"\n",
            "a: [b,\n  c]\n", "a: {b: c,\n  d: e}\n", "a: b\nb: c\na: d\n", "a:\n  x: 1\n  x: 2\n", "\"a\": 1\na: 2\n",
            "a: 1\n'a': 2\n", "a: &x\n  b: c\nd: *x\n", "a: !!map\n  b: c\n", "? a\n: b\n", "a: |\n  text\n", "a: >-\n  text\n",
            "a:    spaced   \n", "a:\n  b: c\n\n\nd: e\n", "a: b\n\t\n", "a: b \n", "a: b  \n  \n", "\ta: b\n", "a:\n\t- b\n");

    /** Checks agreement on every text; returns how many the fast path took. */
    private int agree(List<Text> texts) {
        int taken = 0;
        for (Text t : texts) {
            YamlNode fast = SimpleYaml.parse(t.yaml(), t.firstLine());
            if (fast == null) {
                continue;
            }
            taken++;
            YamlNode jackson;
            try {
                jackson = reader.parseWithJackson(t.yaml(), t.firstLine());
            } catch (YamlReader.SyntaxException e) {
                fail(t.name() + ": fast path took a text Jackson refuses (" + e.getMessage() + "):\n" + t.yaml());
                return taken;
            }
            assertEquals(dump(jackson), dump(fast), t.name() + ":\n" + t.yaml());
            assertEquals(jackson, fast, t.name());
        }
        return taken;
    }

    /** The tree with every text, null, line and key in order, so that order differences show too. */
    private static String dump(YamlNode node) {
        StringBuilder sb = new StringBuilder();
        dump(node, sb, "");
        return sb.toString();
    }

    private static void dump(YamlNode node, StringBuilder sb, String indent) {
        if (node instanceof YamlNode.Scalar s) {
            sb.append(s.isNull() ? "null" : "«" + s.text() + "»").append(" @").append(s.line());
        } else if (node instanceof YamlNode.Sequence q) {
            sb.append("list @").append(q.line());
            for (YamlNode item : q.items()) {
                sb.append('\n').append(indent).append("- ");
                dump(item, sb, indent + "  ");
            }
        } else {
            YamlNode.Mapping m = (YamlNode.Mapping) node;
            sb.append("map @").append(m.line()).append(" keys ").append(m.keyLines());
            for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
                sb.append('\n').append(indent).append('«').append(e.getKey()).append("» @").append(m.keyLines().get(e.getKey()))
                        .append(": ");
                dump(e.getValue(), sb, indent + "  ");
            }
        }
    }

    /** Every front matter and YAML file under {@code root} that decodes. */
    private static List<Text> yamlTexts(Path root) throws IOException {
        List<Text> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.toString().replace('\\', '/');
                if (!name.endsWith(".md") && !name.endsWith(".yaml")) {
                    continue;
                }
                String text;
                try {
                    text = TextDecoder.decode(Files.readAllBytes(file));
                } catch (TextDecoder.EncodingException e) {
                    continue;
                }
                if (name.endsWith(".yaml")) {
                    texts.add(new Text(name, text, 1));
                } else {
                    FrontMatter fm = FrontMatter.split(text);
                    if (fm != null) {
                        texts.add(new Text(name, fm.yaml(), 2));
                    }
                }
            }
        }
        return texts;
    }
}
