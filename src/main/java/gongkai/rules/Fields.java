package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, line-aware reading of one YAML mapping. Every wrong value becomes a {@link Problems}
 * entry naming file, line and field (with its full path, e.g. {@code sections[2].items[1].title})
 * and reading goes on, so one run reports everything.
 */
final class Fields {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    static final int MAX_ID_LENGTH = 80;
    /** Keys any content file may carry at its top level; other checks than the record's reader read them. */
    private static final Set<String> TOP_LEVEL_KEYS = Set.of(PrivacyScreen.REVIEWED);

    private final Path file;
    private final YamlNode.Mapping map;
    private final Problems problems;
    private final String path;

    Fields(Path file, YamlNode.Mapping map, Problems problems) {
        this(file, map, problems, "");
    }

    private Fields(Path file, YamlNode.Mapping map, Problems problems, String path) {
        this.file = file;
        this.map = map;
        this.problems = problems;
        this.path = path;
    }

    Path file() {
        return file;
    }

    int line() {
        return map.line();
    }

    int line(String key) {
        return map.lineOf(key);
    }

    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        YamlNode n = map.get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.isNull());
    }

    void problem(String key, String message) {
        problems.add(file, line(key), name(key), message);
    }

    /** Reports every key not in {@code known}, suggesting the closest known one. */
    void onlyKeys(Set<String> known) {
        for (String key : map.entries().keySet()) {
            if (!known.contains(key) && !(path.isEmpty() && TOP_LEVEL_KEYS.contains(key))) {
                String hint = Suggest.closest(key, known);
                problem(key, "未知字段「" + key + "」。" + (hint == null ? "" : "是否想写「" + hint + "」？")
                        + "可用的字段有：" + String.join("、", known) + "。");
            }
        }
    }

    String text(String key, boolean required) {
        YamlNode n = map.get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            if (required) {
                problem(key, "缺少必填字段「" + key + "」。请补上，例如 " + key + ": …");
            }
            return null;
        }
        if (n instanceof YamlNode.Scalar s) {
            String t = s.text().strip();
            if (t.isEmpty() && required) {
                problem(key, "字段「" + key + "」不能为空。");
                return null;
            }
            return t.isEmpty() ? null : s.text();
        }
        problems.add(file, n.line(), name(key), "应为一段文本，实为" + n.kindName() + "。");
        return null;
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<String> texts(String key) {
        YamlNode n = map.get(key);
        List<String> out = new ArrayList<>();
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return out;
        }
        if (n instanceof YamlNode.Scalar s) {
            out.add(s.text());
            return out;
        }
        if (n instanceof YamlNode.Sequence seq) {
            int i = 0;
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    out.add(s.text());
                } else {
                    problems.add(file, item.line(), name(key) + "[" + (i + 1) + "]", "列表中每一项应为一段文本，实为"
                            + (item instanceof YamlNode.Scalar ? "空值" : item.kindName()) + "。");
                }
                i++;
            }
            return out;
        }
        problems.add(file, n.line(), name(key), "应为文本列表（例如 [甲, 乙]），实为" + n.kindName() + "。");
        return out;
    }

    LocalDate date(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        return parseDate(t.strip(), key, line(key));
    }

    private LocalDate parseDate(String t, String key, int line) {
        var m = ISO_DATE.matcher(t);
        if (!m.matches()) {
            problems.add(file, line, name(key), "日期「" + t + "」格式不对。请写成 YYYY-MM-DD，例如 2023-04-10。");
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        if (mo < 1 || mo > 12) {
            problems.add(file, line, name(key), "日期「" + t + "」不存在：月份应为 01 到 12。");
            return null;
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            problems.add(file, line, name(key), "日期「" + t + "」不存在：" + y + "年" + mo + "月只有 "
                    + YearMonth.of(y, mo).lengthOfMonth() + " 天。请改为真实存在的日期。");
            return null;
        }
    }

    /** A list of dates, each reported on its own line when wrong. */
    List<LocalDate> dates(String key) {
        List<LocalDate> out = new ArrayList<>();
        YamlNode n = map.get(key);
        int i = 0;
        for (String v : texts(key)) {
            int line = n instanceof YamlNode.Sequence seq && i < seq.items().size() ? seq.items().get(i).line() : line(key);
            LocalDate d = parseDate(v.strip(), key, line);
            if (d != null) {
                out.add(d);
            }
            i++;
        }
        return out;
    }

    /** An absolute web address (http or https) that readers can open. */
    String url(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        String v = t.strip();
        if (!isWebAddress(v, false)) {
            problem(key, "网址「" + v + "」不合规。请写以 https:// 或 http:// 开头的完整网址，例如 https://www.example.org/ban/1。");
            return null;
        }
        return v;
    }

    /** Whether {@code v} is an absolute http(s) address with a host, or, when allowed, a mailto: address. */
    static boolean isWebAddress(String v, boolean mailto) {
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                return u.getHost() != null;
            }
            return mailto && scheme.equals("mailto") && u.getSchemeSpecificPart().contains("@");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    boolean flag(String key) {
        String t = text(key, false);
        if (t == null) {
            return false;
        }
        switch (t.strip()) {
            case "true": case "是":
                return true;
            case "false": case "否":
                return false;
            default:
                problem(key, "应为 true 或 false，实为「" + t + "」。");
                return false;
        }
    }

    int integer(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return 0;
        }
        try {
            return Integer.parseInt(t.strip());
        } catch (NumberFormatException e) {
            problem(key, "应为整数，实为「" + t + "」。");
            return 0;
        }
    }

    <E> E choice(String key, Map<String, E> allowed, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        E e = allowed.get(t.strip());
        if (e == null) {
            problem(key, "「" + t + "」不是允许的值。可选：" + String.join("、", allowed.keySet()) + "。");
        }
        return e;
    }

    String id(String key, boolean required) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        String v = t.strip();
        if (!ID.matcher(v).matches() || v.length() > MAX_ID_LENGTH) {
            problem(key, "编号「" + v + "」不合规。编号只能用小写字母 a-z、数字和连字符 -（不能以 - 开头或结尾），最长 "
                    + MAX_ID_LENGTH + " 个字符，例如 shmzj-2023-yanglao-1。");
            return null;
        }
        return v;
    }

    List<String> ids(String key) {
        List<String> out = new ArrayList<>();
        YamlNode n = map.get(key);
        int i = 0;
        for (String v : texts(key)) {
            String s = v.strip();
            if (ID.matcher(s).matches()) {
                out.add(s);
            } else {
                int line = n instanceof YamlNode.Sequence seq && i < seq.items().size() ? seq.items().get(i).line() : line(key);
                problems.add(file, line, name(key), "编号「" + s + "」不合规：只能用小写字母、数字和连字符。");
            }
            i++;
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** The nested mapping under {@code key}, or null when absent (reported when not a mapping). */
    Fields child(String key) {
        YamlNode n = map.get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (n instanceof YamlNode.Mapping m) {
            return new Fields(file, m, problems, name(key));
        }
        problems.add(file, n.line(), name(key), "应为“字段: 值”形式的键值表，实为" + n.kindName() + "。");
        return null;
    }

    /** The list of mappings under {@code key}; items that are not mappings are reported. */
    List<Fields> children(String key) {
        YamlNode n = map.get(key);
        List<Fields> out = new ArrayList<>();
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return out;
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            problems.add(file, n.line(), name(key), "应为列表（每项以“- ”开头），实为" + n.kindName() + "。");
            return out;
        }
        int i = 1;
        for (YamlNode item : seq.items()) {
            String itemName = name(key) + "[" + i + "]";
            if (item instanceof YamlNode.Mapping m) {
                out.add(new Fields(file, m, problems, itemName));
            } else {
                problems.add(file, item.line(), itemName, "列表中每一项应为键值表，实为" + item.kindName() + "。");
            }
            i++;
        }
        return out;
    }

    /** The raw node list under {@code key}, for lists of lists such as table rows. */
    List<YamlNode> nodes(String key) {
        YamlNode n = map.get(key);
        if (n instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        if (n != null && !(n instanceof YamlNode.Scalar s && s.isNull())) {
            problems.add(file, n.line(), name(key), "应为列表，实为" + n.kindName() + "。");
        }
        return List.of();
    }

    Problems problems() {
        return problems;
    }
}
