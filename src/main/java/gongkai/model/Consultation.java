package gongkai.model;

/**
 * The policy consultation channel (政策咨询 / 政策留言板) every policy page links to.
 *
 * @param urlTemplate the channel's address with {@value #PLACEHOLDER} where the policy id goes
 */
public record Consultation(String name, String urlTemplate) {
    public static final String PLACEHOLDER = "{id}";

    /** The address that opens the channel about one policy. */
    public String urlFor(String policyId) {
        return urlTemplate.replace(PLACEHOLDER, policyId);
    }
}
