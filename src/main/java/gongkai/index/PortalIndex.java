package gongkai.index;

import gongkai.model.Agency;
import gongkai.model.Interpretation;
import gongkai.model.MediaFile;
import gongkai.model.Policy;
import gongkai.model.Portal;
import gongkai.model.Reply;
import gongkai.model.Tag;
import gongkai.model.Topic;
import gongkai.model.ValidityStatus;
import gongkai.model.WorkPoints;
import gongkai.model.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Third stage: the published portal on a given day, with everything pages need to find each
 * other — validity per document, documents per year, agency, topic and tag, interpretations and
 * replies per policy, which documents a document replaces, and the media files pages show.
 */
public final class PortalIndex {
    /** Newest first, then by title so equal dates keep a stable order. */
    public static final Comparator<Policy> NEWEST_FIRST = Comparator.comparing(Policy::published).reversed()
            .thenComparing(Policy::title).thenComparing(Policy::id);

    private final Portal portal;
    private final LocalDate asOf;
    private final Map<String, Policy> policies;
    private final Map<String, ValidityStatus> status;
    private final Map<String, List<Interpretation>> interpretationsByPolicy;
    private final Map<String, List<Reply>> repliesByPolicy;
    private final Map<String, List<Policy>> replaces;
    private final Map<String, WorkPoints> workPoints;
    private final Map<String, Agency> agencies;
    private final Map<String, Topic> topics;
    private final Map<String, Tag> tags;
    // Read by many pages and by the search index: worked out once.
    private final List<Policy> policyList;
    private final List<Interpretation> interpretationList;
    private final Map<Integer, List<Policy>> byYear;
    private final Map<Agency, List<Policy>> byAgency;
    private final Map<Topic, List<Policy>> byTopic;
    private final Map<Tag, List<Policy>> byTag;

    private PortalIndex(Portal portal, LocalDate asOf) {
        this.portal = portal;
        this.asOf = asOf;
        List<Policy> sorted = new ArrayList<>(portal.policies());
        sorted.sort(NEWEST_FIRST);
        this.policies = sorted.stream().collect(Collectors.toMap(Policy::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.status = new HashMap<>();
        for (Policy p : sorted) {
            status.put(p.id(), ValidityStatus.of(p, asOf));
        }
        this.interpretationsByPolicy = portal.interpretations().stream()
                .sorted(Comparator.comparing(Interpretation::published).thenComparing(Interpretation::id))
                .collect(Collectors.groupingBy(Interpretation::policy, LinkedHashMap::new, Collectors.toList()));
        this.repliesByPolicy = replies(portal).stream()
                .collect(Collectors.groupingBy(Reply::policy, LinkedHashMap::new, Collectors.toList()));
        this.replaces = sorted.stream()
                .filter(p -> p.validity().override() != null && p.validity().override().by() != null)
                .collect(Collectors.groupingBy(p -> p.validity().override().by(), LinkedHashMap::new, Collectors.toList()));
        this.workPoints = portal.workPoints().stream().collect(Collectors.toMap(WorkPoints::id, Function.identity()));
        this.agencies = portal.site().agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.topics = portal.site().topics().stream().collect(Collectors.toMap(Topic::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.tags = portal.site().tags().stream().collect(Collectors.toMap(Tag::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.policyList = List.copyOf(sorted);
        List<Interpretation> newest = new ArrayList<>(portal.interpretations());
        newest.sort(Comparator.comparing(Interpretation::published).reversed().thenComparing(Interpretation::id));
        this.interpretationList = List.copyOf(newest);
        Map<Integer, List<Policy>> years = new TreeMap<>(Comparator.reverseOrder());
        Map<Agency, List<Policy>> byAgency = new LinkedHashMap<>();
        Map<Topic, List<Policy>> byTopic = new LinkedHashMap<>();
        Map<Tag, List<Policy>> byTag = new LinkedHashMap<>();
        agencies.values().forEach(a -> byAgency.put(a, new ArrayList<>()));
        topics.values().forEach(t -> byTopic.put(t, new ArrayList<>()));
        tags.values().forEach(t -> byTag.put(t, new ArrayList<>()));
        for (Policy p : sorted) {
            years.computeIfAbsent(p.published().getYear(), y -> new ArrayList<>()).add(p);
            byAgency.get(agencies.get(p.agency())).add(p);
            p.topics().forEach(t -> byTopic.get(topics.get(t)).add(p));
            p.tags().forEach(t -> byTag.get(tags.get(t)).add(p));
        }
        this.byYear = frozen(years);
        this.byAgency = frozen(byAgency);
        this.byTopic = frozen(byTopic);
        this.byTag = frozen(byTag);
    }

    /** {@code groups} without the empty ones, in their order, none of it to be changed. */
    private static <K> Map<K, List<Policy>> frozen(Map<K, List<Policy>> groups) {
        Map<K, List<Policy>> m = new LinkedHashMap<>();
        groups.forEach((k, list) -> {
            if (!list.isEmpty()) {
                m.put(k, List.copyOf(list));
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /** Indexes only what may be published: non-主动公开 records are dropped here, before anything else sees them. */
    public static PortalIndex of(Portal portal, LocalDate asOf) {
        return new PortalIndex(portal.publishable(), asOf);
    }

    public Portal portal() {
        return portal;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** All published policies, newest first. */
    public List<Policy> policies() {
        return policyList;
    }

    public Optional<Policy> policy(String id) {
        return Optional.ofNullable(policies.get(id));
    }

    public ValidityStatus status(Policy p) {
        return status.get(p.id());
    }

    public List<Interpretation> interpretationsOf(Policy p) {
        return interpretationsByPolicy.getOrDefault(p.id(), List.of());
    }

    /** Replies to messages about {@code p}, newest first. */
    public List<Reply> repliesOf(Policy p) {
        return repliesByPolicy.getOrDefault(p.id(), List.of());
    }

    /** All published replies (留言选登), newest answer first. */
    public List<Reply> replies() {
        return replies(portal);
    }

    private static List<Reply> replies(Portal portal) {
        List<Reply> list = new ArrayList<>(portal.replies());
        list.sort(Comparator.comparing(Reply::replied).thenComparing(Reply::asked).reversed().thenComparing(Reply::id));
        return list;
    }

    public WorkingCalendar calendar() {
        return portal.calendar();
    }

    /** Documents in force on the day of the build, newest first. */
    public List<Policy> inForce() {
        return policies.values().stream().filter(p -> status(p).inForce()).toList();
    }

    /** The media files published interpretations show, each once, by site path. */
    public List<MediaFile> media() {
        Map<String, MediaFile> m = new TreeMap<>();
        for (Interpretation i : portal.interpretations()) {
            i.form().media().forEach(f -> m.putIfAbsent(f.path(), f));
        }
        return List.copyOf(m.values());
    }

    /** Documents that name {@code p} as what repeals or amends them. */
    public List<Policy> replacedBy(Policy p) {
        return replaces.getOrDefault(p.id(), List.of());
    }

    public Optional<WorkPoints> workPointsOf(Policy p) {
        return p.workPoints() == null ? Optional.empty() : Optional.ofNullable(workPoints.get(p.workPoints()));
    }

    public Agency agency(String id) {
        return agencies.get(id);
    }

    public Topic topic(String id) {
        return topics.get(id);
    }

    public Tag tag(String id) {
        return tags.get(id);
    }

    /** Years that have documents (by 发布日期), newest first, each with its documents newest first. */
    public Map<Integer, List<Policy>> byYear() {
        return byYear;
    }

    /** Agencies that have documents, in catalogue order, each with its documents newest first. */
    public Map<Agency, List<Policy>> byAgency() {
        return byAgency;
    }

    /** Topics that have documents, in catalogue order. */
    public Map<Topic, List<Policy>> byTopic() {
        return byTopic;
    }

    /** Tags that have documents, in catalogue order. */
    public Map<Tag, List<Policy>> byTag() {
        return byTag;
    }

    /** Published interpretations, newest first. */
    public List<Interpretation> interpretations() {
        return interpretationList;
    }

    /** Published work-point documents with the policy that carries each, newest year first. */
    public List<Policy> workPointPolicies() {
        return policies.values().stream().filter(p -> p.workPoints() != null && workPoints.containsKey(p.workPoints()))
                .sorted(Comparator.comparing((Policy p) -> workPoints.get(p.workPoints()).year()).reversed()
                        .thenComparing(Policy::id))
                .toList();
    }
}
