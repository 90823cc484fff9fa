package gongkai.rules;

import gongkai.content.LoadedContent;
import gongkai.content.Problem;
import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.content.Sources;
import gongkai.model.Agency;
import gongkai.model.CalendarYear;
import gongkai.model.Interpretation;
import gongkai.model.InterpretationForm;
import gongkai.model.Origin;
import gongkai.model.Policy;
import gongkai.model.Portal;
import gongkai.model.Reply;
import gongkai.model.SiteConfig;
import gongkai.model.Synonyms;
import gongkai.model.Tag;
import gongkai.model.Topic;
import gongkai.model.WorkPoints;
import gongkai.model.WorkingCalendar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Second stage: turns loaded content into a typed {@link Portal}, checking every field and every
 * cross-reference (agencies, topics, tags, the policy an interpretation or reply concerns, the
 * document that replaces another, the work-point document a policy carries, the files a record
 * names), and screening every file that will be published for personal data.
 */
public final class Validator {
    private final RuleMemo memo;
    private final SavedChecks saved;

    /** A validator that checks every file. */
    public Validator() {
        this(null);
    }

    /** A validator that reuses what {@code memo} remembers of single files; null to check every file. */
    public Validator(RuleMemo memo) {
        this(memo, null);
    }

    /**
     * A validator that reuses what {@code memo} (a preview's) or {@code saved} (the last build's)
     * remember of single files, and saves into {@code saved} what it checked; either may be null.
     */
    public Validator(RuleMemo memo, SavedChecks saved) {
        this.memo = memo;
        this.saved = saved;
    }

    public Validation validate(LoadedContent content) {
        Problems problems = new Problems();
        content.problems().forEach(problems::add);
        SiteConfig site = content.site() == null ? null : new SiteReader().read(content.site(), problems);
        PrivacyScreen privacy = PrivacyScreen.of(content.site(), problems);
        Bodies bodies = Bodies.forHeap();
        List<FileCheck> policyFiles = readAll("policy", content.policies(), new PolicyReader(bodies)::read, privacy);
        List<FileCheck> interpretationFiles = readAll("interpretation", content.interpretations(),
                new InterpretationReader(new MediaFiles(content.root()), bodies)::read, privacy);
        List<FileCheck> workPointFiles = readAll("workpoints", content.workPoints(), new WorkPointsReader()::read, privacy);
        List<FileCheck> replyFiles = readAll("reply", content.replies(), new ReplyReader(bodies)::read, privacy);
        List<FileCheck> calendarFiles = readAll("calendar", content.calendar(), new CalendarReader()::read, null);
        List<Policy> policies = values(policyFiles, problems);
        List<Interpretation> interpretations = values(interpretationFiles, problems);
        List<WorkPoints> workPoints = values(workPointFiles, problems);
        List<Reply> replies = values(replyFiles, problems);
        List<CalendarYear> calendar = values(calendarFiles, problems);
        Synonyms synonyms = content.synonyms() == null ? Synonyms.NONE : new SynonymsReader().read(content.synonyms(), problems);

        unique(policies, Policy::id, p -> p.origin(), "政策文件", problems);
        unique(interpretations, Interpretation::id, i -> i.origin(), "政策解读", problems);
        unique(workPoints, WorkPoints::id, w -> w.origin(), "工作要点", problems);
        unique(replies, Reply::id, r -> r.origin(), "留言答复", problems);
        unique(calendar, y -> String.valueOf(y.year()), y -> y.origin(), "工作日历年份", problems);
        if (site != null) {
            new References(site, policies, interpretations, workPoints, replies, problems).check();
        }
        Portal portal = site == null ? null
                : new Portal(site, policies, interpretations, workPoints, replies, new WorkingCalendar(calendar),
                        synonyms);
        List<FileCheck> screened = new ArrayList<>();
        screened.addAll(policyFiles);
        screened.addAll(interpretationFiles);
        screened.addAll(workPointFiles);
        screened.addAll(replyFiles);
        List<Finding> findings = screen(content, privacy, screened, portal, problems);
        return new Validation(portal, problems.sorted(), findings);
    }

    /**
     * What checking one file gave: its value (null when it could not be read or lacks a required
     * field), its problems, and the privacy screen's problems and findings, which count only if
     * the file is published.
     */
    private record FileCheck(Path file, Object value, List<Problem> problems, List<Problem> privacy, List<Finding> findings) {}

    /**
     * Reads and checks every file of {@code sources} in parallel, each read, checked and screened
     * for personal data in one go and then let go, so the parsed files are never all in memory.
     * {@code privacy} is null for files that are never published.
     */
    private List<FileCheck> readAll(String check, Sources sources, BiFunction<SourceDoc, Problems, ?> reader,
            PrivacyScreen privacy) {
        SavedChecks remembered = "policy".equals(check) || "interpretation".equals(check) ? saved : null;
        return sources.files().parallelStream().map(file -> {
            long version = remembered == null ? 0 : sources.version(file);
            SavedChecks.Outcome found = remembered == null ? null : remembered.find(file, version);
            if (found != null) {
                remembered.add(file, version, null, null, found);
                return new FileCheck(file, found.value(), List.of(), List.of(), found.findings());
            }
            Sources.Read read = sources.read(file);
            if (read.problem() != null) {
                return new FileCheck(file, null, List.of(read.problem()), List.of(), List.of());
            }
            SourceDoc doc = read.doc();
            RuleMemo.Outcome value = recall(check, doc, local -> reader.apply(doc, local));
            if (privacy == null) {
                return new FileCheck(file, value.value(), value.problems(), List.of(), List.of());
            }
            RuleMemo.Outcome screen = recall("privacy", doc, local -> privacy.screen(doc, local));
            @SuppressWarnings("unchecked")
            List<Finding> findings = (List<Finding>) screen.value();
            if (remembered != null && value.value() != null && value.problems().isEmpty() && screen.problems().isEmpty()
                    && !showsMedia(value.value())) {
                remembered.add(file, version, value.value(), findings, null);
            }
            return new FileCheck(file, value.value(), value.problems(), screen.problems(), findings);
        }).collect(Collectors.toList());
    }

    /**
     * Whether {@code value} shows pictures or a video from the media folder: its check looked for
     * those files, which may come or go while the file itself stays as it was, so it is not saved.
     */
    private static boolean showsMedia(Object value) {
        return value instanceof Interpretation i && (i.form() instanceof InterpretationForm.Graphic || i.form() instanceof InterpretationForm.Video);
    }

    /** Runs one check of one file, or recalls its outcome from the memo; each check reports into its own collector. */
    private RuleMemo.Outcome recall(String check, SourceDoc doc, Function<Problems, Object> run) {
        Supplier<RuleMemo.Outcome> outcome = () -> {
            Problems local = new Problems();
            Object value = run.apply(local);
            return new RuleMemo.Outcome(value, local.sorted());
        };
        return memo == null ? outcome.get() : memo.recall(check, doc, outcome);
    }

    /** The values of the files that gave one, in file order; every file's problems go into {@code into}. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> values(List<FileCheck> files, Problems into) {
        List<T> out = new ArrayList<>();
        for (FileCheck f : files) {
            f.problems().forEach(into::add);
            if (f.value() != null) {
                out.add((T) f.value());
            }
        }
        return out;
    }

    /**
     * The privacy screen's problems and findings of every file that may be published: all but
     * the records known to be withheld (not 主动公开, or a work-point document no published policy
     * carries). Every file was screened as it was read; withheld ones just do not count.
     */
    private List<Finding> screen(LoadedContent content, PrivacyScreen privacy, List<FileCheck> files, Portal portal,
            Problems problems) {
        Set<Path> withheld = new HashSet<>();
        if (portal != null) {
            Portal published = portal.publishable();
            portal.policies().forEach(p -> withheld.add(p.origin().file()));
            portal.interpretations().forEach(i -> withheld.add(i.origin().file()));
            portal.workPoints().forEach(w -> withheld.add(w.origin().file()));
            portal.replies().forEach(r -> withheld.add(r.origin().file()));
            published.policies().forEach(p -> withheld.remove(p.origin().file()));
            published.interpretations().forEach(i -> withheld.remove(i.origin().file()));
            published.workPoints().forEach(w -> withheld.remove(w.origin().file()));
            published.replies().forEach(r -> withheld.remove(r.origin().file()));
        }
        List<Finding> findings = new ArrayList<>();
        if (content.site() != null) {
            findings.addAll(screenNow(privacy, content.site(), problems));
        }
        for (FileCheck f : files) {
            if (!withheld.contains(f.file())) {
                f.privacy().forEach(problems::add);
                findings.addAll(f.findings());
            }
        }
        if (content.synonyms() != null) {
            findings.addAll(screenNow(privacy, content.synonyms(), problems));
        }
        return findings;
    }

    private List<Finding> screenNow(PrivacyScreen privacy, SourceDoc doc, Problems problems) {
        RuleMemo.Outcome o = recall("privacy", doc, local -> privacy.screen(doc, local));
        o.problems().forEach(problems::add);
        @SuppressWarnings("unchecked")
        List<Finding> findings = (List<Finding>) o.value();
        return findings;
    }

    private static <T> void unique(List<T> items, Function<T, String> id, Function<T, Origin> origin, String what,
            Problems problems) {
        Map<String, Path> seen = new HashMap<>();
        for (T item : items) {
            Origin o = origin.apply(item);
            Path first = seen.putIfAbsent(id.apply(item), o.file());
            if (first != null) {
                problems.add(o.file(), o.line("id"), "id", what + "编号「" + id.apply(item) + "」重复，已在 " + first
                        + " 中使用。每条记录的编号必须唯一，请改用新的编号。");
            }
        }
    }

    /** Checks that every id a record names exists, and that nothing hidden is pointed at. */
    private static final class References {
        private final Problems problems;
        private final Set<String> agencies;
        private final Set<String> topics;
        private final Set<String> tags;
        private final Map<String, Policy> policies = new LinkedHashMap<>();
        private final List<Interpretation> interpretations;
        private final List<Reply> replies;
        private final Map<String, WorkPoints> workPoints = new HashMap<>();

        References(SiteConfig site, List<Policy> ps, List<Interpretation> is, List<WorkPoints> ws,
                List<Reply> rs, Problems problems) {
            this.problems = problems;
            this.agencies = site.agencies().stream().map(Agency::id).collect(Collectors.toSet());
            this.topics = site.topics().stream().map(Topic::id).collect(Collectors.toSet());
            this.tags = site.tags().stream().map(Tag::id).collect(Collectors.toSet());
            ps.forEach(p -> policies.putIfAbsent(p.id(), p));
            this.interpretations = is;
            this.replies = rs;
            ws.forEach(w -> workPoints.putIfAbsent(w.id(), w));
        }

        void check() {
            Map<String, String> carriedBy = new HashMap<>();
            for (Policy p : policies.values()) {
                known(p.origin(), "agency", p.agency(), agencies, "发布机构", "site.yaml 的 agencies");
                p.topics().forEach(t -> known(p.origin(), "topics", t, topics, "主题", "site.yaml 的 topics"));
                p.tags().forEach(t -> known(p.origin(), "tags", t, tags, "标签", "site.yaml 的 tags"));
                if (p.workPoints() != null) {
                    WorkPoints w = workPoints.get(p.workPoints());
                    if (w == null) {
                        missing(p.origin(), "workpoints", p.workPoints(), "工作要点", "content/workpoints/");
                    } else {
                        String other = carriedBy.putIfAbsent(w.id(), p.id());
                        if (other != null) {
                            problems.add(p.origin().file(), p.origin().line("workpoints"), "workpoints", "工作要点「" + w.id() + "」已由政策文件「" + other
                                    + "」引用。一份工作要点只能作为一份政策文件的正文。");
                        }
                        if (w.notice().disclosure() != p.disclosure()) {
                            problems.add(p.origin().file(), p.origin().line("disclosure"), "disclosure", "公开属性「" + p.disclosure().label()
                                    + "」与工作要点 " + w.origin().file() + " 中印发通知的公开属性「"
                                    + w.notice().disclosure().label() + "」不一致。请核对后改成一致。");
                        }
                    }
                }
                var o = p.validity().override();
                if (o != null && o.by() != null) {
                    Policy target = policies.get(o.by());
                    if (target == null) {
                        missing(p.origin(), "validity.by", o.by(), "政策文件", "content/policies/");
                    } else if (target.id().equals(p.id())) {
                        problems.add(p.origin().file(), p.origin().line("validity.by"), "validity.by", "文件不能被自身废止或修改。");
                    } else if (p.disclosure().published() && !target.disclosure().published()) {
                        problems.add(p.origin().file(), p.origin().line("validity.by"), "validity.by", "替代文件「" + o.by() + "」不是主动公开，公开页面不能链接到它。");
                    }
                }
            }
            replacementCycles();
            for (WorkPoints w : workPoints.values()) {
                known(w.origin(), "notice.issuer", w.notice().issuer(), agencies, "发文机关", "site.yaml 的 agencies");
                if (!carriedBy.containsKey(w.id())) {
                    problems.add(w.origin().file(), w.origin().line("id"), "id", "工作要点「" + w.id() + "」没有被任何政策文件引用，因而不会发布。"
                            + "请新建一份政策文件（content/policies/），在其中写 workpoints: " + w.id() + "。");
                }
            }
            for (Interpretation i : interpretations) {
                known(i.origin(), "agency", i.agency(), agencies, "发布机构", "site.yaml 的 agencies");
                Policy p = policies.get(i.policy());
                if (p == null) {
                    missing(i.origin(), "policy", i.policy(), "政策文件", "content/policies/");
                } else if (i.disclosure().published() && !p.disclosure().published()) {
                    problems.add(i.origin().file(), i.origin().line("policy"), "policy", "所解读的政策文件「" + p.id() + "」不是主动公开，解读不能单独公开。"
                            + "请核对两者的公开属性。");
                }
            }
            for (Reply r : replies) {
                known(r.origin(), "agency", r.agency(), agencies, "答复单位", "site.yaml 的 agencies");
                Policy p = policies.get(r.policy());
                if (p == null) {
                    missing(r.origin(), "policy", r.policy(), "政策文件", "content/policies/");
                } else if (r.disclosure().published() && !p.disclosure().published()) {
                    problems.add(r.origin().file(), r.origin().line("policy"), "policy", "留言所涉的政策文件「" + p.id()
                            + "」不是主动公开，答复不能单独公开。请核对两者的公开属性。");
                }
            }
        }

        /** A chain of 废止/已修改 links that returns to its start would send readers in circles. */
        private void replacementCycles() {
            Set<String> reported = new HashSet<>();
            for (Policy start : policies.values()) {
                List<String> chain = new ArrayList<>();
                Policy p = start;
                while (p != null && p.validity().override() != null && p.validity().override().by() != null) {
                    if (chain.contains(p.id())) {
                        if (p.id().equals(start.id()) && reported.add(start.id())) {
                            chain.add(p.id());
                            problems.add(start.origin().file(), start.origin().line("validity.by"), "validity.by", "替代关系形成循环：" + String.join(" → ", chain)
                                    + "。一份文件不能间接地替代自己，请检查 by 字段。");
                        }
                        break;
                    }
                    chain.add(p.id());
                    p = policies.get(p.validity().override().by());
                }
            }
        }

        private void known(Origin origin, String field, String id, Set<String> ids, String what, String where) {
            if (id != null && !ids.contains(id)) {
                String hint = Suggest.closest(id, ids);
                problems.add(origin.file(), origin.line(field), field, what + "编号「" + id + "」不存在" + (hint == null ? "" : "（是否想写「" + hint + "」？）")
                        + "。请使用" + where + "中登记的编号，或先在那里登记。");
            }
        }

        private void missing(Origin origin, String field, String id, String what, String where) {
            problems.add(origin.file(), origin.line(field), field, "找不到编号为「" + id + "」的" + what + "。请检查拼写，或在 " + where + " 中新建它。");
        }
    }
}
