package gongkai.search;

/**
 * The kinds of record search finds; each is a tab of the results and a value of the 类型 filter.
 * Covering a new kind (留言 replies, say) takes one constant here and one {@link SearchSource}.
 */
public enum DocType {
    POLICY("policy", "政策文件"),
    INTERPRETATION("interpretation", "政策解读"),
    WORKPOINTS("workpoints", "工作要点");

    private final String key;
    private final String label;

    DocType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** A stable key for URLs and filters, e.g. {@code policy}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
