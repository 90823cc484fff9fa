package gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "---\nid: a\ntitle: 养老服务补贴\n---\n正文\n";

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(TEXT, TextDecoder.decode(withBom));
    }

    @Test
    void gbkIsNamedWithTheLineOfItsFirstChineseCharacterAndHowToConvert() {
        var e = assertThrows(TextDecoder.EncodingException.class, () -> TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK"))));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("GBK/GB18030") && e.getMessage().contains("第 3 行")
                && e.getMessage().contains("iconv -f GB18030 -t UTF-8"), e.getMessage());
    }

    @Test
    void utf16IsNamedAndHowToConvert() {
        var e = assertThrows(TextDecoder.EncodingException.class, () -> TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)));
        assertTrue(e.getMessage().contains("UTF-16") && e.getMessage().contains("iconv -f UTF-16 -t UTF-8"), e.getMessage());
    }

    @Test
    void otherBinaryIsNotUtf8() {
        var e = assertThrows(TextDecoder.EncodingException.class, () -> TextDecoder.decode(new byte[] {'a', '\n', (byte) 0xFF, (byte) 0xFF}));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("不是 UTF-8"), e.getMessage());
    }
}
