package gongkai.render;

import gongkai.model.Service;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns the words of a policy's body that mention an online service into a link to that service,
 * marked with the "办" icon, so that readers can act where they read ("阅后即办").
 */
final class ServiceLinker {
    private ServiceLinker() {}

    /** Links the first mention of each service in {@code html} (sanitized HTML), outside existing links. */
    static String link(String html, List<Service> services) {
        if (services.isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Service s : services) {
            for (TextNode t : doc.body().selectXpath("//text()", TextNode.class)) {
                int at = t.getWholeText().indexOf(s.mention());
                if (at < 0 || ((Element) t.parent()).closest("a") != null) {
                    continue;
                }
                TextNode mention = t.splitText(at);
                mention.splitText(s.mention().length());
                Element a = new Element("a").attr("href", s.url()).addClass("service-link").text(s.mention());
                a.appendElement("span").addClass("ban-icon").attr("aria-hidden", "true").text("办");
                a.appendElement("span").addClass("sr-only").text("（在线办理：" + s.name() + "）");
                mention.replaceWith(a);
                break;
            }
        }
        return doc.body().html();
    }
}
