package gongkai.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes content files strictly as UTF-8. Maintainers often save from Office tools in GBK, so a
 * file that is not UTF-8 but reads as GB18030 gets a message that says exactly that and how to
 * convert it.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    /** Thrown for undecodable input; the message is ready to show to a maintainer. */
    static final class EncodingException extends Exception {
        private static final long serialVersionUID = 1L;

        EncodingException(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes) throws EncodingException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            if (readsAs(GB18030, bytes)) {
                throw new EncodingException("文件不是 UTF-8 编码，看起来是 GBK/GB18030（常见于从 Office 或记事本另存的文件）。"
                        + "请另存为“UTF-8”编码，或在命令行执行：iconv -f GB18030 -t UTF-8 原文件 > 新文件");
            }
            throw new EncodingException("文件不是 UTF-8 编码的文本。请用文本编辑器以“UTF-8”编码重新保存。");
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean readsAs(Charset charset, byte[] bytes) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
