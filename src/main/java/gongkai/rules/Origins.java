package gongkai.rules;

import gongkai.content.SourceDoc;
import gongkai.content.YamlNode;
import gongkai.content.YamlReader;
import gongkai.model.Origin;
import java.util.HashMap;
import java.util.Map;

/** Builds an {@link Origin} from a document's metadata: top-level and one level of nested keys. */
final class Origins {
    private Origins() {}

    static Origin of(SourceDoc doc) {
        Map<String, Integer> lines = new HashMap<>();
        YamlNode.Mapping meta = doc.meta();
        for (var e : meta.entries().entrySet()) {
            lines.put(e.getKey(), meta.lineOf(e.getKey()));
            if (e.getValue() instanceof YamlNode.Mapping child) {
                for (String k : child.entries().keySet()) {
                    lines.put(YamlReader.canonicalKey(e.getKey() + "." + k), child.lineOf(k));
                }
            }
        }
        return new Origin(doc.file(), lines);
    }
}
