package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON writer gives the bytes Jackson's default writer gave, so rebuilt files do not change. */
class JsonTest {
    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private static final JsonMapper INDENTING = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static void same(Object value) {
        assertArrayEquals(JACKSON.writeValueAsBytes(value), Json.bytes(value), String.valueOf(value));
        assertArrayEquals(INDENTING.writeValueAsBytes(value), Json.indented(value), String.valueOf(value));
    }

    @Test
    void everyCharacterOfTheBasicPlaneAloneIncludingLoneSurrogates() {
        for (int c = 0; c <= 0xFFFF; c++) {
            same("a" + (char) c + "b");
        }
    }

    @Test
    void escapesAndCharactersBeyondTheBasicPlane() {
        same("\"quoted\" \\ back\\slash / slash \u0000\u0007\b\t\n\u000B\f\r\u001F\u007F");
        same("line\u2028separator\u2029paragraph");
        same("𠀀𪚥 😀 𝐀 and a pair at the end 😀");
        same("lone at the end \uD83D");
        same("\uDE00 lone low first, pair reversed \uDE00\uD83D");
        same("");
    }

    @Test
    void shapesOfTheIndexFiles() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("t", "（示例）养老服务补贴");
        doc.put("n", List.of(List.of(12, "沪民规"), List.of(-3, "")));
        doc.put("e", 1);
        doc.put("big", 1234567890123L);
        doc.put("empty", new TreeMap<>());
        doc.put("none", List.of());
        doc.put("flags", Arrays.asList(true, false, null));
        doc.put("k\"ey\n", Map.of("x", List.of(List.of())));
        same(doc);
        same(List.of());
        same(Map.of());
        same(7);
    }

    @Test
    void shapeOfTheReportsFindings() {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("rule", "interpretation-missing");
        finding.put("record", null);
        finding.put("file", "policies/2024/a.md");
        finding.put("message", "缺少\"解读\"");
        same(List.of(finding, Map.of("deep", List.of(Map.of("deeper", Map.of("x", List.of(1, Map.of()))))), List.of(List.of())));
    }

    @Test
    void randomStrings() {
        Random random = new Random(11);
        char[] pool = {'a', 'Z', '"', '\\', '\n', '\u0001', '\u007F', '\u00E9', '\u4E00', '\uFF01', '\u2028', '\uD83D', '\uDE00',
            '\uDBFF', '\uDC00', '\uFFFF'};
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            char[] s = new char[random.nextInt(12)];
            for (int k = 0; k < s.length; k++) {
                s[k] = pool[random.nextInt(pool.length)];
            }
            values.add(new String(s));
            same(new String(s));
        }
        same(values);
    }

    @Test
    void refusesWhatItCannotWriteTheSame() {
        assertThrows(IllegalArgumentException.class, () -> Json.bytes(1.5));
    }
}
