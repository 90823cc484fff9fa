package gongkai.content;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top)
 * and its body.
 */
record FrontMatter(String yaml, String body, int bodyLine) {

    /** Returns null when the text does not start with a front-matter block. */
    static FrontMatter split(String text) {
        String t = text.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) {
            return null;
        }
        int pos = 4;
        int line = 2;
        while (pos <= t.length()) {
            int end = t.indexOf('\n', pos);
            String current = end < 0 ? t.substring(pos) : t.substring(pos, end);
            if (current.strip().equals("---")) {
                String yaml = t.substring(4, pos);
                String body = end < 0 ? "" : t.substring(end + 1);
                return new FrontMatter(yaml, body, line + 1);
            }
            if (end < 0) {
                return null;
            }
            pos = end + 1;
            line++;
        }
        return null;
    }
}
