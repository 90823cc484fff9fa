package gongkai.search;

import gongkai.model.Body;
import gongkai.index.PortalIndex;
import gongkai.model.Fingerprint;
import gongkai.model.Policy;
import gongkai.model.WorkPoints;
import gongkai.render.Paths;
import java.util.function.Function;
import java.util.stream.Stream;

/** Policies of the 政策文件 column; one whose body is a work-point document counts as 工作要点. */
final class PolicySource implements SearchSource {
    @Override
    public Stream<Pending> docs(PortalIndex index, Function<Body, String> plain) {
        return index.policies().stream().map(p -> {
            WorkPoints wp = index.workPointsOf(p).orElse(null);
            return new Pending(new SearchDoc(wp == null ? DocType.POLICY : DocType.WORKPOINTS, p.kind(), Paths.policy(p.id()),
                    p.title(), p.docNumber(), p.agency(), p.published(), p.topics(), index.status(p), null, "", extra(index, p),
                    p.example()), wp == null ? () -> plain.apply(p.body()) : () -> WorkPointsText.of(wp),
                    wp == null ? p.body().fingerprint() : Fingerprint.of(WorkPointsText.of(wp)));
        });
    }

    /** Agency, topic and tag names: a reader searching 养老服务 finds what is filed under it. */
    static String extra(PortalIndex index, Policy p) {
        StringBuilder sb = new StringBuilder(index.agency(p.agency()).name());
        p.topics().forEach(t -> sb.append('\n').append(index.topic(t).name()));
        p.tags().forEach(t -> sb.append('\n').append(index.tag(t).name()));
        return sb.toString();
    }
}
