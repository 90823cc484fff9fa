package gongkai.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes content files strictly as UTF-8. A UTF-8 byte-order mark, which Notepad and Office add
 * when saving as "UTF-8", is accepted and dropped: the text is still UTF-8. Maintainers often save
 * from Office tools in GBK or as "Unicode" (UTF-16), so such files get a message that says exactly
 * that, from which line, and how to convert them.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    /** Thrown for undecodable input; the message is ready to show to a maintainer. */
    static final class EncodingException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        EncodingException(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The 1-based line of the first byte that is not UTF-8. */
        int line() {
            return line;
        }
    }

    static String decode(byte[] bytes) throws EncodingException {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new EncodingException("文件是 UTF-16（“Unicode”）编码，不是 UTF-8。请用文本编辑器另存为“UTF-8”编码，"
                    + "或在命令行执行：iconv -f UTF-16 -t UTF-8 原文件 > 新文件", 1);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            int line = lineAt(bytes, in.position());
            if (readsAs(GB18030, bytes)) {
                throw new EncodingException("文件不是 UTF-8 编码，看起来是 GBK/GB18030（常见于从 Office 或记事本另存的文件），"
                        + "第一个非 UTF-8 的字节在第 " + line + " 行。请另存为“UTF-8”编码，或在命令行执行："
                        + "iconv -f GB18030 -t UTF-8 原文件 > 新文件", line);
            }
            throw new EncodingException("文件不是 UTF-8 编码的文本（第 " + line + " 行起无法解码）。"
                    + "请用文本编辑器以“UTF-8”编码重新保存。", line);
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
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
