package gongkai.search;

import gongkai.model.Body;
import gongkai.index.PortalIndex;
import gongkai.model.Fingerprint;
import gongkai.model.Policy;
import gongkai.model.WorkPoints;
import gongkai.render.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Each numbered item of a work-point document, found on its own and linked to its anchor on the
 * document's page, so a reader looking for one task lands on it rather than on a page of seventy.
 */
final class WorkPointItemSource implements SearchSource {
    /** Characters of the first paragraph that stand in for an item without a lead sentence. */
    private static final int TITLE_CHARS = 30;

    @Override
    public Stream<Pending> docs(PortalIndex index, Function<Body, String> plain) {
        List<Pending> docs = new ArrayList<>();
        for (Policy p : index.workPointPolicies()) {
            WorkPoints wp = index.workPointsOf(p).orElseThrow();
            String extra = PolicySource.extra(index, p);
            for (WorkPoints.Section s : wp.sections()) {
                String context = "《" + wp.title().strip() + "》 " + s.number() + s.title();
                for (WorkPoints.Item item : s.items()) {
                    add(docs, index, p, context, extra, item);
                }
            }
        }
        return docs.stream();
    }

    private static void add(List<Pending> docs, PortalIndex index, Policy p, String context, String extra, WorkPoints.Item item) {
        StringBuilder text = new StringBuilder();
        WorkPointsText.item(item, text, false, false);
        String words = text.toString().strip();
        docs.add(new Pending(new SearchDoc(DocType.WORKPOINTS, null, Paths.policy(p.id()) + "#" + item.anchor(), title(item), null,
                p.agency(), p.published(), p.topics(), index.status(p), context, "", extra, p.example()), () -> words, Fingerprint.of(words)));
        for (WorkPoints.Item child : item.items()) {
            add(docs, index, p, context, extra, child);
        }
    }

    private static String title(WorkPoints.Item item) {
        String lead = item.title();
        if (lead == null || lead.isBlank()) {
            String first = item.paragraphs().isEmpty() ? "" : item.paragraphs().get(0).strip();
            lead = first.codePointCount(0, first.length()) <= TITLE_CHARS ? first
                    : first.substring(0, first.offsetByCodePoints(0, TITLE_CHARS)) + "…";
        }
        return (item.number() + " " + lead.replace("**", "")).strip();
    }
}
