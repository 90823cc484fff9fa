package gongkai.render;

/**
 * Which link targets a body may carry: web (http, https) and mail (mailto) addresses, and
 * addresses relative to the page. Every other scheme (javascript:, vbscript:, data:, file:, …)
 * is refused, as is anything that might be read as a scheme: whatever comes before the first
 * colon, unless a slash, ? or # comes first, must be exactly one of the three names. Browsers
 * ignore tabs, line ends and leading control characters inside a scheme, so a refused name
 * broken up by them ("java&#9;script:") is still refused: it is not one of the three either.
 */
final class LinkTarget {
    private LinkTarget() {}

    /**
     * The address a link to {@code destination} (as parsed: character references already
     * decoded) points to, or null when there must be no link.
     */
    static String of(String destination) {
        String url = stripHtmlSpaces(destination);
        if (url.isBlank()) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            switch (url.charAt(i)) {
                case '/', '?', '#' -> {
                    return url;
                }
                case ':' -> {
                    return allowedScheme(url, i) ? url : null;
                }
                default -> {
                }
            }
        }
        return url;
    }

    private static boolean allowedScheme(String url, int colon) {
        return asciiEqualsIgnoreCase(url, colon, "http") || asciiEqualsIgnoreCase(url, colon, "https")
                || asciiEqualsIgnoreCase(url, colon, "mailto");
    }

    /**
     * Compares ASCII letters only: String.equalsIgnoreCase would also match "httpſ" or "maılto",
     * which a browser does not read as a scheme at all.
     */
    private static boolean asciiEqualsIgnoreCase(String url, int length, String scheme) {
        if (length != scheme.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = url.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != scheme.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The space characters of HTML (space, tab, LF, FF, CR), which browsers trim from a URL. */
    private static String stripHtmlSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isHtmlSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isHtmlSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
