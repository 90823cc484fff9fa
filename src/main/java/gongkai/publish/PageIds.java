package gongkai.publish;

import gongkai.model.Fingerprint;
import java.util.Arrays;
import java.util.Set;

/**
 * The fragment ids a page file offered, as sorted fingerprints: enough to tell whether a page
 * rendered again lost one that an unchanged page may link to, in a fraction of the memory of the
 * ids themselves (a large portal has hundreds of thousands of page files).
 */
public final class PageIds {
    private final long[] prints;

    private PageIds(long[] prints) {
        this.prints = prints;
    }

    public static PageIds of(Set<String> ids) {
        long[] prints = new long[ids.size()];
        int i = 0;
        for (String id : ids) {
            prints[i++] = Fingerprint.of(id);
        }
        Arrays.sort(prints);
        return new PageIds(prints);
    }

    /** The ids of saved fingerprints ({@link #prints}); takes {@code prints} over. */
    static PageIds ofPrints(long[] prints) {
        Arrays.sort(prints);
        return new PageIds(prints);
    }

    long[] prints() {
        return prints.clone();
    }

    /** True when every id of {@code other} is among these. */
    public boolean containsAll(PageIds other) {
        for (long p : other.prints) {
            if (Arrays.binarySearch(prints, p) < 0) {
                return false;
            }
        }
        return true;
    }
}
