package gongkai.model;

import java.util.List;

/**
 * The portal's own settings and catalogues, from {@code content/site.yaml}.
 *
 * @param name the portal's name shown in every header
 * @param owner the body that runs the portal, named in the footer
 * @param contact how readers reach the portal's office (footer, accessibility statement)
 * @param consultation the policy consultation channel every policy page links to, or null
 */
public record SiteConfig(String name, String owner, String contact, List<Agency> agencies, List<Topic> topics, List<Tag> tags,
        Consultation consultation) {
    public SiteConfig {
        agencies = List.copyOf(agencies);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
    }
}
