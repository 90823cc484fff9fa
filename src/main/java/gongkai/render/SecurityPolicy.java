package gongkai.render;

/**
 * The security policy of the published site, defined once: the Content-Security-Policy every page
 * carries in a {@code <meta http-equiv>}, and the {@code _headers} file that hosts such as Netlify
 * and Cloudflare Pages turn into HTTP headers. Pages load only the site's own files: no inline
 * script or style, no other origin, no plugins.
 */
public final class SecurityPolicy {
    /** The policy in every page's meta element. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /** The name of the headers file at the site root. */
    public static final String HEADERS_FILE = "_headers";

    private SecurityPolicy() {}

    /**
     * The {@code _headers} file. Browsers ignore {@code frame-ancestors} in a meta element, so only
     * the header can stop other sites from framing the portal's pages (clickjacking).
     */
    static String headersFile() {
        return "# Security headers for every page, for hosts that read a _headers file (Netlify, Cloudflare Pages).\n"
                + "# Pages carry the same Content-Security-Policy in a <meta http-equiv>; frame-ancestors works only here.\n"
                + "/*\n"
                + "  Content-Security-Policy: " + CSP + "; frame-ancestors 'self'\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  X-Frame-Options: SAMEORIGIN\n"
                + "  Referrer-Policy: same-origin\n"
                + "  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n"
                + "  Cross-Origin-Opener-Policy: same-origin\n";
    }
}
