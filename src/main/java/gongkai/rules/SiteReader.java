package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.model.Agency;
import gongkai.model.Consultation;
import gongkai.model.SiteConfig;
import gongkai.model.Tag;
import gongkai.model.Topic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code site.yaml}: the portal's name, its catalogues of agencies, topics and tags, and the
 * policy consultation channel.
 */
final class SiteReader {
    private static final Set<String> KEYS = Set.of("name", "owner", "contact", "agencies", "topics", "tags",
            PrivacyScreen.OFFICIAL_DOMAINS, "consultation");

    SiteConfig read(SourceDoc doc, Problems problems) {
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        f.onlyKeys(KEYS);
        String name = f.text("name", true);
        String owner = f.text("owner", true);
        String contact = f.text("contact", true);
        List<Agency> agencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields a : f.children("agencies")) {
            a.onlyKeys(Set.of("id", "name"));
            String id = unique(a, seen);
            String n = a.text("name", true);
            if (id != null && n != null) {
                agencies.add(new Agency(id, n));
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (Fields t : f.children("topics")) {
            t.onlyKeys(Set.of("id", "name", "featured"));
            String id = unique(t, seen);
            String n = t.text("name", true);
            boolean featured = t.flag("featured");
            if (id != null && n != null) {
                topics.add(new Topic(id, n, featured));
            }
        }
        List<Tag> tags = new ArrayList<>();
        for (Fields t : f.children("tags")) {
            t.onlyKeys(Set.of("id", "name"));
            String id = unique(t, seen);
            String n = t.text("name", true);
            if (id != null && n != null) {
                tags.add(new Tag(id, n));
            }
        }
        if (agencies.isEmpty()) {
            f.problem("agencies", "至少要登记一个发布机构（agencies 列表，每项含 id 和 name）。");
        }
        return new SiteConfig(name, owner, contact, agencies, topics, tags, consultation(f.child("consultation")));
    }

    /** The channel's address must carry the policy id, so a message arrives tagged with its policy. */
    private static Consultation consultation(Fields c) {
        if (c == null) {
            return null;
        }
        c.onlyKeys(Set.of("name", "url"));
        String name = c.text("name", true);
        String url = c.text("url", true);
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (!u.contains(Consultation.PLACEHOLDER)) {
            c.problem("url", "网址中要有 " + Consultation.PLACEHOLDER + "，生成时替换为文件编号，留言便带上所涉文件，"
                    + "例如 https://www.example.org/liuyan?policy=" + Consultation.PLACEHOLDER + "。");
            return null;
        }
        if (!Fields.isWebAddress(u.replace(Consultation.PLACEHOLDER, "id"), true)) {
            c.problem("url", "网址「" + u + "」不合规。请写以 https:// 或 http:// 开头的完整网址，或 mailto: 邮件地址。");
            return null;
        }
        return name == null ? null : new Consultation(name.strip(), u);
    }

    /** Catalogue ids share one namespace: their index pages would otherwise collide in search. */
    private static String unique(Fields f, Set<String> seen) {
        String id = f.id("id", true);
        if (id != null && !seen.add(id)) {
            f.problem("id", "编号「" + id + "」在 site.yaml 中重复。机构、主题和标签的编号必须各不相同。");
            return null;
        }
        return id;
    }
}
