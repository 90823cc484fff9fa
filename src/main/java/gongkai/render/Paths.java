package gongkai.render;

/** Site-relative paths of every kind of page; the one place URLs are decided. */
public final class Paths {
    private Paths() {}

    public static String home() {
        return "index.html";
    }

    public static String policies() {
        return "policies/index.html";
    }

    public static String policy(String id) {
        return "policies/" + id + "/index.html";
    }

    public static String interpretations() {
        return "interpretations/index.html";
    }

    public static String interpretation(String id) {
        return "interpretations/" + id + "/index.html";
    }

    /** The documents in force on the day of the build (现行有效), normative and other apart. */
    public static String inForce() {
        return "in-force/index.html";
    }

    public static String featured() {
        return "featured/index.html";
    }

    public static String replies() {
        return "replies/index.html";
    }

    /** A reply's place on the 留言选登 page. */
    public static String reply(String id) {
        return replies() + "#" + replyAnchor(id);
    }

    public static String replyAnchor(String id) {
        return "reply-" + id;
    }

    public static String years() {
        return "years/index.html";
    }

    public static String year(int year) {
        return "years/" + year + "/index.html";
    }

    public static String agencies() {
        return "agencies/index.html";
    }

    public static String agency(String id) {
        return "agencies/" + id + "/index.html";
    }

    public static String topics() {
        return "topics/index.html";
    }

    public static String topic(String id) {
        return "topics/" + id + "/index.html";
    }

    public static String tags() {
        return "tags/index.html";
    }

    public static String tag(String id) {
        return "tags/" + id + "/index.html";
    }

    public static String workPoints() {
        return "workpoints/index.html";
    }

    public static String accessibility() {
        return "accessibility/index.html";
    }

    /**
     * The care version (关怀版) of the page at {@code path}: the whole site again under one folder,
     * so it needs no script or cookie and opens from the file system too.
     */
    public static String care(String path) {
        // concat makes the text in one piece; + would grow a builder for each of the site's pages.
        return "care/".concat(path);
    }

    /** The site search page. */
    public static String search() {
        return "search/index.html";
    }

    /** The 政策文件 column's own search; beside the column, where no policy id can take its name. */
    public static String policySearch() {
        return "policies/search.html";
    }

    /**
     * Page {@code n} (from 1) of the list whose first page is {@code first}: the first page keeps
     * its path, so links made before the list grew still lead to its start; later pages go under
     * {@code page/n/} beside it, a depth no record id can reach.
     */
    public static String listPage(String first, int n) {
        return n == 1 ? first : folderOf(first) + "page/" + n + "/index.html";
    }

    /**
     * Page {@code n} of one kind of document in a column that lists two kinds apart (the 政策文件
     * and 现行有效 columns): the first page is the kind's part of the column page; later pages are
     * the kind's own, under {@code group/page/n/}. Never {@code group/index.html}, which a policy
     * whose id is the group's name would own.
     */
    public static String groupPage(String column, String group, int n) {
        return n == 1 ? column + "#" + group : folderOf(column) + group + "/page/" + n + "/index.html";
    }

    private static String folderOf(String indexPage) {
        return indexPage.substring(0, indexPage.length() - "index.html".length());
    }

    /** The relative prefix that leads from {@code path} back to the site root, e.g. {@code ../../}. */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
