package gongkai.render;

/**
 * The two versions every page is written in: the standard one, and the care version (关怀版)
 * for older readers. An edition only decides where a page goes and which stylesheet it gets;
 * the page's view is the same in both.
 */
public enum Edition {
    STANDARD,
    CARE;

    /** Where this edition's version of the page at site-relative {@code path} is written. */
    public String path(String path) {
        return this == CARE ? Paths.care(path) : path;
    }

    /** The edition the version switch in the header leads to. */
    public Edition other() {
        return this == CARE ? STANDARD : CARE;
    }
}
