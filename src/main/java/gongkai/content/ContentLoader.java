package gongkai.content;

import gongkai.content.Sources.Read;
import gongkai.model.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads a content folder: {@code site.yaml}, Markdown records with YAML front matter under
 * {@code policies/}, {@code interpretations/} and {@code replies/}, YAML documents under
 * {@code workpoints/} and {@code calendar/}, and the optional search synonym catalogue
 * {@code search/synonyms.yaml}. It only reads and parses; what the values mean is checked by the
 * next stage. Record files are listed at once and each is read when that stage asks for it
 * ({@link Sources}), so a large portal is checked file by file. Hidden files and folders (name starting with a dot: editor backups, lock files) are
 * not content. Symbolic links are refused, so that nothing outside the content folder can be read
 * and published through one.
 */
public final class ContentLoader {
    /**
     * Largest content file accepted; the largest real work-point document is about 35 KB. The check
     * runs on the file size before anything is read, so an oversized file costs no work.
     */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** The synonym catalogue for plain-language search, relative to the content folder. */
    public static final String SYNONYMS = "search/synonyms.yaml";

    private final YamlReader yaml = new YamlReader();
    private final ReadMemo memo;

    /** A loader that reads every file. */
    public ContentLoader() {
        this(null);
    }

    /** A loader that reuses what {@code memo} remembers of unchanged files; null to read every file. */
    public ContentLoader(ReadMemo memo) {
        this.memo = memo;
    }

    public LoadedContent load(Path root) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new Problem(root, 0, null, "内容目录不存在。请用 --content 指定包含 site.yaml 的目录。"));
            Sources none = new Sources(List.of(), f -> null);
            return new LoadedContent(root, null, none, none, none, none, none, null, problems);
        }
        SourceDoc site = null;
        Path siteFile = root.resolve("site.yaml");
        if (Files.isSymbolicLink(siteFile)) {
            problems.add(symlink(siteFile));
        } else if (Files.isRegularFile(siteFile)) {
            Read r = recall(siteFile, () -> readYaml(siteFile));
            site = collect(r, problems);
        } else {
            problems.add(new Problem(siteFile, 0, null, "缺少站点配置文件 site.yaml。请在内容目录中创建它（格式见 docs/content.md）。"));
        }
        Sources policies = sources(root.resolve("policies"), ".md", true, problems);
        Sources interpretations = sources(root.resolve("interpretations"), ".md", true, problems);
        Sources workPoints = sources(root.resolve("workpoints"), ".yaml", false, problems);
        Sources replies = sources(root.resolve("replies"), ".md", true, problems);
        Sources calendar = sources(root.resolve("calendar"), ".yaml", false, problems);
        Path synonymsFile = root.resolve(SYNONYMS);
        SourceDoc synonyms = Files.isRegularFile(synonymsFile) ? collect(recall(synonymsFile, () -> readYaml(synonymsFile)), problems)
                : null;
        return new LoadedContent(root, site, policies, interpretations, workPoints, replies, calendar, synonyms, problems);
    }

    /**
     * The body of the Markdown record in {@code file} as it reads now, for a record whose body is
     * not kept in memory; null when the file no longer reads as a record.
     */
    public static String body(Path file) {
        try {
            FrontMatter fm = FrontMatter.split(readText(file));
            return fm == null ? null : fm.body();
        } catch (Failure f) {
            return null;
        }
    }

    /** The record files of {@code dir}, found now and read when asked. */
    private Sources sources(Path dir, String suffix, boolean markdown, List<Problem> problems) {
        if (Files.isSymbolicLink(dir)) {
            problems.add(symlink(dir));
            return new Sources(List.of(), f -> null);
        }
        if (!Files.isDirectory(dir)) {
            return new Sources(List.of(), f -> null);
        }
        // Each folder under dir is walked on its own, side by side: statting 10,000 files is most
        // of what listing them costs. What the walk learns of each file serves the memo too:
        // statting them again costs a preview's rebuild more than anything it reads.
        List<Path> folders = new ArrayList<>();
        Found found = walk(dir, dir, suffix, folders);
        for (Found f : folders.parallelStream().map(f -> walk(dir, f, suffix, null)).toList()) {
            found.add(f);
        }
        List<Path> files = found.files();
        List<Path> links = found.links();
        Map<Path, Long> versions = new HashMap<>();
        found.attributes().forEach((f, a) -> versions.put(f, version(a)));
        // In the order of their names, as readers and tests expect, whatever the folder's order.
        files.sort(Comparator.comparing(Path::toString));
        links.sort(Comparator.comparing(Path::toString));
        links.forEach(l -> problems.add(symlink(l)));
        return new Sources(files, f -> {
            Supplier<Read> read = () -> markdown ? readMarkdown(f) : readYaml(f);
            BasicFileAttributes a = memo == null ? null : found.attributes().get(f);
            return a == null ? recall(f, read) : memo.read(f, a.size(), a.lastModifiedTime(), read);
        }, f -> versions.getOrDefault(f, 0L));
    }

    /** What walking a folder found: the record files with their attributes, and symbolic links. */
    private record Found(List<Path> files, Map<Path, BasicFileAttributes> attributes, List<Path> links) {
        void add(Found other) {
            files.addAll(other.files);
            attributes.putAll(other.attributes);
            links.addAll(other.links);
        }
    }

    /**
     * Walks {@code from}, a folder of {@code dir} or {@code dir} itself, for files ending in
     * {@code suffix}, leaving out what is hidden; with {@code folders}, only its own files, its
     * folders being added to {@code folders} instead.
     */
    private static Found walk(Path dir, Path from, String suffix, List<Path> folders) {
        Found found = new Found(new ArrayList<>(), new HashMap<>(), new ArrayList<>());
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(from) || (folders == null && !hidden(dir.relativize(d)))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (folders != null && !hidden(dir.relativize(d))) {
                        folders.add(d);
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (hidden(dir.relativize(f))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        found.links().add(f);
                    } else if (attrs.isRegularFile() && f.getFileName().toString().endsWith(suffix)) {
                        found.files().add(f);
                        found.attributes().put(f, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * A fingerprint of a file's size, modification time and identity on disk: what tells, without
     * reading it, whether it is still the file an earlier build checked.
     */
    private static long version(BasicFileAttributes a) {
        Object key = a.fileKey();
        long v = Fingerprint.mix(a.size() ^ 0x9E3779B97F4A7C15L);
        v = Fingerprint.mix(v ^ a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        // The key's hash (device and inode folded) tells a file put in another's place, and makes no text.
        return Fingerprint.mix(v ^ (key == null ? 0 : key.hashCode()));
    }

    private Read recall(Path file, Supplier<Read> read) {
        if (memo == null) {
            return read.get();
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return memo.read(file, a.size(), a.lastModifiedTime(), read);
        } catch (IOException e) {
            return read.get();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Problem symlink(Path link) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            target = "?";
        }
        return new Problem(link, 0, null, "是符号链接（指向 " + target + "），已拒绝。内容文件和文件夹必须真正放在内容目录中，"
                + "不能是符号链接，以免把内容目录之外的文件发布出去。请把文件本身复制到这里。");
    }

    private static SourceDoc collect(Read r, List<Problem> problems) {
        if (r == null) {
            return null;
        }
        if (r.problem() != null) {
            problems.add(r.problem());
        }
        return r.doc();
    }

    private Read readYaml(Path file) {
        try {
            String text = readText(file);
            return asMapping(file, yaml.parse(text, 1), "", 0);
        } catch (Failure f) {
            return new Read(null, f.problem);
        } catch (YamlReader.SyntaxException e) {
            return syntaxProblem(file, e);
        }
    }

    private Read readMarkdown(Path file) {
        try {
            String text = readText(file);
            FrontMatter fm = FrontMatter.split(text);
            if (fm == null) {
                return new Read(null, new Problem(file, 1, null,
                        "缺少 YAML 头信息。文件应以一行 --- 开头，写完字段后再以一行 --- 结束，正文写在其后。"));
            }
            return asMapping(file, yaml.parse(fm.yaml(), 2), fm.body(), fm.bodyLine());
        } catch (Failure f) {
            return new Read(null, f.problem);
        } catch (YamlReader.SyntaxException e) {
            return syntaxProblem(file, e);
        }
    }

    private static Read syntaxProblem(Path file, YamlReader.SyntaxException e) {
        return new Read(null, new Problem(file, e.line(), null,
                "YAML 格式错误：" + e.getMessage() + "。" + e.advice()));
    }

    private static Read asMapping(Path file, YamlNode node, String body, int bodyLine) {
        if (node instanceof YamlNode.Mapping m) {
            return new Read(new SourceDoc(file, m, body, bodyLine), null);
        }
        return new Read(null, new Problem(file, node.line(), null,
                "内容应为“字段: 值”形式的键值表，实为" + node.kindName() + "。"));
    }

    private static String readText(Path file) throws Failure {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new Failure(new Problem(file, 0, null, "文件过大（" + size / 1024 + " KB），上限为 "
                        + MAX_FILE_BYTES / 1024 / 1024 + " MB，未读取。请把附件等大块内容拆分到几个文件中。"));
            }
            String text = TextDecoder.decode(Files.readAllBytes(file));
            if (text.isBlank()) {
                throw new Failure(new Problem(file, 1, null, "文件是空的。请填写内容，或删除该文件。"));
            }
            return text;
        } catch (TextDecoder.EncodingException e) {
            throw new Failure(new Problem(file, e.line(), null, e.getMessage()));
        } catch (IOException e) {
            throw new Failure(new Problem(file, 0, null, "无法读取文件：" + e.getMessage()));
        }
    }

    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Failure(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
