package gongkai.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole validated content of a portal: settings, policies, interpretations, work points,
 * published replies to readers' messages, the working-day calendar and the search synonym catalogue.
 */
public record Portal(SiteConfig site, List<Policy> policies, List<Interpretation> interpretations, List<WorkPoints> workPoints,
        List<Reply> replies, WorkingCalendar calendar, Synonyms synonyms) {
    public Portal {
        policies = List.copyOf(policies);
        interpretations = List.copyOf(interpretations);
        workPoints = List.copyOf(workPoints);
        replies = List.copyOf(replies);
    }

    /**
     * Only what may leave the build: 主动公开 policies, and the interpretations, replies and
     * work-point documents that are 主动公开 themselves and belong to one of those policies.
     * Everything downstream of validation sees only this.
     */
    public Portal publishable() {
        List<Policy> ps = policies.stream().filter(p -> p.disclosure().published()).toList();
        Set<String> published = ps.stream().map(Policy::id).collect(Collectors.toSet());
        Map<String, WorkPoints> wp = workPoints.stream().collect(Collectors.toMap(WorkPoints::id, Function.identity()));
        List<WorkPoints> keptWp = ps.stream()
                .map(Policy::workPoints)
                .filter(id -> id != null && wp.containsKey(id))
                .map(wp::get)
                .filter(w -> w.notice().disclosure().published())
                .toList();
        List<Interpretation> is = interpretations.stream()
                .filter(i -> i.disclosure().published() && published.contains(i.policy())).toList();
        List<Reply> rs = replies.stream().filter(r -> r.disclosure().published() && published.contains(r.policy())).toList();
        return new Portal(site, ps, is, keptWp, rs, calendar, synonyms);
    }
}
