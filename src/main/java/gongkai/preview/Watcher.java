package gongkai.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the content and templates folders, with every folder inside them, and reports a change
 * once editing pauses: editors save in several steps (a backup, a rename), and one rebuild for all
 * of them is what a maintainer wants. Folders created later are watched as they appear.
 */
public final class Watcher implements AutoCloseable {
    /** How long the folders must stay quiet before a change is reported. */
    private static final long QUIET_MS = 50;

    private final WatchService service;
    private final Path content;
    private final Path templates;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    /** What changed: the files (relative to the folder above content and templates), and whether any was a template. */
    public record Change(TreeSet<String> files, boolean templates) {
        /** Record folders: each file there is one record, read and checked on its own. */
        private static final java.util.List<String> RECORDS = java.util.List.of("policies/", "interpretations/", "replies/",
                "workpoints/", "calendar/");

        /**
         * Whether only records changed, whose effects a preview server's memory follows; anything
         * else (templates, site.yaml, media, synonyms) reaches too far, and everything is redone.
         */
        public boolean recordsOnly() {
            return !templates && files.stream().allMatch(f -> RECORDS.stream().anyMatch(r -> f.contains("/" + r)));
        }

        /** A short description for the console: the first file, and how many more. */
        public String describe() {
            return files.first() + (files.size() > 1 ? " 等 " + files.size() + " 个文件" : "");
        }
    }

    public Watcher(Path content, Path templates) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        register(this.content);
        register(this.templates);
    }

    /** Waits for the next change and returns it once the folders have been quiet for a moment. */
    public Change next() throws InterruptedException {
        while (true) {
            TreeSet<String> files = new TreeSet<>();
            boolean[] templateChanged = new boolean[1];
            take(service.take(), files, templateChanged);
            for (WatchKey key; (key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) {
                take(key, files, templateChanged);
            }
            if (!files.isEmpty()) {
                return new Change(files, templateChanged[0]);
            }
        }
    }

    private void take(WatchKey key, TreeSet<String> files, boolean[] templateChanged) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (dir == null || e.kind() == StandardWatchEventKinds.OVERFLOW) {
                files.add(content.getFileName().toString());
                templateChanged[0] = true;
                continue;
            }
            Path p = dir.resolve((Path) e.context());
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    register(p);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            boolean template = p.startsWith(templates);
            templateChanged[0] |= template;
            files.add((template ? templates : content).getFileName() + "/" + (template ? templates : content).relativize(p));
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                dirs.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), d);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } catch (ClosedWatchServiceException e) {
            // Already closed.
        }
    }
}
