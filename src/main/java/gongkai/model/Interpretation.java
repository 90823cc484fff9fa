package gongkai.model;

import java.time.LocalDate;

/**
 * A policy interpretation (政策解读), tied to the policy it explains.
 *
 * @param policy id of the interpreted policy
 * @param agency id of the agency that publishes it
 * @param body the text as Markdown
 */
public record Interpretation(
        String id,
        String title,
        String policy,
        String agency,
        LocalDate published,
        InterpretationForm form,
        Disclosure disclosure,
        boolean example,
        Body body,
        Origin origin) {}
