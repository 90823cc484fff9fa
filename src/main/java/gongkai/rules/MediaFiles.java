package gongkai.rules;

import gongkai.model.MediaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Resolves the media paths records name ({@code media/chart.svg}) to files under
 * {@code content/media/}. Anything that could leave that folder, a missing file, a wrong type, an
 * oversized file, or an SVG that could run script or load from elsewhere is a problem.
 */
final class MediaFiles {
    static final Set<String> IMAGES = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp");
    static final Set<String> VIDEOS = Set.of("mp4", "webm");
    /** Largest media file accepted; a short explanatory video is well below it. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern PATH = Pattern.compile("media(/[A-Za-z0-9_][A-Za-z0-9._-]*)+");
    private static final Set<String> ACTIVE_SVG_ELEMENTS = Set.of("script", "foreignobject", "iframe", "object", "embed",
            "audio", "video", "animate", "set");
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*['\"]?(?!#)|@import");

    private final Path root;

    /** @param root the content folder; media live in its {@code media/} folder */
    MediaFiles(Path root) {
        this.root = root;
    }

    /** The file named by {@code key}, of one of {@code types}, or null after reporting why not. */
    MediaFile resolve(Fields f, String key, Set<String> types) {
        String t = f.text(key, true);
        if (t == null) {
            return null;
        }
        String v = t.strip();
        if (!PATH.matcher(v).matches()) {
            f.problem(key, "路径「" + v + "」不合规。媒体文件请放在 content/media/ 下，这里写 media/文件名，"
                    + "文件名只用字母、数字、点、连字符和下划线，例如 media/ylbt-tujie.svg。");
            return null;
        }
        String ext = v.substring(v.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (v.lastIndexOf('.') < v.lastIndexOf('/') || !types.contains(ext)) {
            f.problem(key, "文件「" + v + "」的类型不可用。可用的类型：" + String.join("、", types.stream().sorted().toList()) + "。");
            return null;
        }
        Path file = root.resolve(v);
        try {
            if (!Files.isRegularFile(file)) {
                f.problem(key, "找不到文件 " + root.getFileName() + "/" + v + "。请把文件放到该位置，或改正路径。");
                return null;
            }
            if (!file.toRealPath().startsWith(root.toRealPath().resolve("media"))) {
                f.problem(key, "文件「" + v + "」是指向 content/media/ 之外的链接。请把文件本身放进 content/media/。");
                return null;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                f.problem(key, "文件「" + v + "」过大（" + size / 1024 / 1024 + " MB），上限为 " + MAX_BYTES / 1024 / 1024
                        + " MB。请压缩后再放入。");
                return null;
            }
            if (ext.equals("svg")) {
                String why = unsafeSvg(Files.readString(file, StandardCharsets.UTF_8));
                if (why != null) {
                    f.problem(key, "SVG 文件「" + v + "」" + why + "。网站只发布不含脚本、不引用外部资源的图片，请删去后再放入，或改用 PNG。");
                    return null;
                }
            }
        } catch (IOException e) {
            f.problem(key, "无法读取文件「" + v + "」：" + e.getMessage());
            return null;
        }
        return new MediaFile(v, file);
    }

    /** Why an SVG could run script or fetch something when opened, or null when it cannot. */
    static String unsafeSvg(String text) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        Element svg = doc.children().stream().filter(e -> !e.tagName().startsWith("?")).findFirst().orElse(null);
        if (svg == null || !svg.tagName().equalsIgnoreCase("svg")) {
            return "不是 SVG 图片（根元素应为 svg）";
        }
        for (Element e : doc.getAllElements()) {
            String name = e.tagName().toLowerCase(Locale.ROOT);
            if (ACTIVE_SVG_ELEMENTS.contains(name)) {
                return "含有 <" + e.tagName() + "> 元素";
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    return "含有事件属性 " + a.getKey();
                }
                if ((key.equals("href") || key.endsWith(":href")) && !a.getValue().strip().startsWith("#")) {
                    return "含有指向其他位置的链接 " + a.getKey() + "=\"" + a.getValue() + "\"";
                }
            }
        }
        if (CSS_URL.matcher(text).find()) {
            return "的样式引用了外部资源（url() 或 @import）";
        }
        return null;
    }
}
