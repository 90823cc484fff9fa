package gongkai.search;

import gongkai.model.Body;
import gongkai.index.PortalIndex;
import gongkai.model.Policy;
import gongkai.render.Paths;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Interpretations (政策解读). They are filed under their policy's topics and carry its validity: an
 * interpretation of a repealed policy explains a rule that no longer holds.
 */
final class InterpretationSource implements SearchSource {
    @Override
    public Stream<Pending> docs(PortalIndex index, Function<Body, String> plain) {
        return index.interpretations().stream().map(i -> {
            Policy p = index.policy(i.policy()).orElseThrow();
            return new Pending(new SearchDoc(DocType.INTERPRETATION, null, Paths.interpretation(i.id()), i.title(), null, i.agency(),
                    i.published(), p.topics(), index.status(p), "解读《" + p.title() + "》", "",
                    PolicySource.extra(index, p) + "\n" + i.form().label() + "\n" + p.title(), i.example()),
                    () -> plain.apply(i.body()), i.body().fingerprint());
        });
    }
}
