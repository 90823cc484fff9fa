package gongkai.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks a file path that a record names (a video, an image), written relative to the content
 * folder, e.g. {@code media/jd.mp4}. Such a file may be copied into the published site, so the
 * path must stay inside the content folder: no absolute paths, no {@code ..}, no URL schemes, no
 * symbolic link anywhere along the way.
 */
public final class ContentFiles {
    private ContentFiles() {}

    /**
     * Returns what is wrong with {@code relative} as a file inside {@code root}, in Chinese, or
     * null when it names a regular file there.
     */
    public static String problem(Path root, String relative) {
        String p = relative.strip();
        if (p.isEmpty()) {
            return "路径为空。";
        }
        if (p.startsWith("/") || p.startsWith("\\") || p.startsWith("~") || p.contains(":")) {
            return "不能是绝对路径或网址，须写成相对于内容目录的路径，例如 media/jd.mp4。";
        }
        if (p.contains("\\")) {
            return "不能含反斜杠 \\，目录之间请用 / 分隔，例如 media/jd.mp4。";
        }
        Path current = root;
        for (String part : p.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return "不能含空的路径段、. 或 ..，文件必须在内容目录之内，例如 media/jd.mp4。";
            }
            if (part.startsWith(".") || part.chars().anyMatch(c -> c < 0x20 || c == '?' || c == '#' || c == '%')) {
                return "文件名「" + part + "」不可用：不能以 . 开头，不能含 ? # % 或控制字符。";
            }
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                return "经过符号链接 " + root.relativize(current) + "，已拒绝：文件必须真正放在内容目录中。";
            }
        }
        if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            return "在内容目录中找不到这个文件（应在 " + current + "）。";
        }
        return null;
    }
}
