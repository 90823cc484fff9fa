package gongkai.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole validated content of a portal: settings, policies, interpretations, work points, and
 * the search synonym catalogue.
 */
public record Portal(SiteConfig site, List<Policy> policies, List<Interpretation> interpretations, List<WorkPoints> workPoints,
        Synonyms synonyms) {
    public Portal {
        policies = List.copyOf(policies);
        interpretations = List.copyOf(interpretations);
        workPoints = List.copyOf(workPoints);
    }

    /**
     * Only what may leave the build: 主动公开 policies and interpretations, and the work-point
     * documents those policies carry. Everything downstream of validation sees only this.
     */
    public Portal publishable() {
        List<Policy> ps = policies.stream().filter(p -> p.disclosure().published()).toList();
        Map<String, WorkPoints> wp = workPoints.stream().collect(Collectors.toMap(WorkPoints::id, Function.identity()));
        List<WorkPoints> keptWp = ps.stream()
                .map(Policy::workPoints)
                .filter(id -> id != null && wp.containsKey(id))
                .map(wp::get)
                .filter(w -> w.notice().disclosure().published())
                .toList();
        List<Interpretation> is = interpretations.stream().filter(i -> i.disclosure().published()).toList();
        return new Portal(site, ps, is, keptWp, synonyms);
    }
}
