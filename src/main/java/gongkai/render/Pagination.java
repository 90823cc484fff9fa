package gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Cuts a long list into pages and builds each page's pager. Pages are numbered from 1. */
final class Pagination {
    /**
     * Entries on one list page. Fifty is a page an older reader can scroll through without losing
     * their place, and a year of a large portal (10,000 documents) still takes only 200 pages; each
     * page stays about 50 KB instead of megabytes, so it opens quickly on a slow phone.
     */
    static final int PAGE_SIZE = 50;

    /** Page numbers shown on each side of the current one, so the pager fits a phone in the care edition. */
    private static final int NEARBY = 2;

    private Pagination() {}

    /** How many pages {@code size} entries take; an empty list still has its one page. */
    static int pages(int size) {
        return Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The entries on page {@code n}. */
    static <T> List<T> page(List<T> items, int n) {
        return items.subList((n - 1) * PAGE_SIZE, Math.min(items.size(), n * PAGE_SIZE));
    }

    /** The title of page {@code n}: the first keeps the list's own, so it reads as it did before paging. */
    static String title(String title, int n) {
        return n == 1 ? title : title + "（第" + n + "页）";
    }

    /**
     * The pager of page {@code n} of a list of {@code size} entries counted in {@code unit} (份, 篇),
     * or null when they fit on one page: a short list looks as it always did.
     *
     * @param pathOf the site path of each page
     */
    static Views.Pager pager(String label, int size, int n, String unit, IntFunction<String> pathOf) {
        int pages = pages(size);
        if (pages == 1) {
            return null;
        }
        int from = (n - 1) * PAGE_SIZE + 1;
        int to = Math.min(size, n * PAGE_SIZE);
        // Spelled out rather than "2 / 200" and "51—100", which screen readers read as a slash and a dash.
        String position = "第 " + n + " 页，共 " + pages + " 页；本页列出第 " + (from == to ? from : from + " 至 " + to)
                + " " + unit + "。";
        int start = Math.max(1, Math.min(n - NEARBY, pages - 2 * NEARBY));
        int end = Math.min(pages, start + 2 * NEARBY);
        List<Views.PageNumber> numbers = new ArrayList<>();
        for (int k = start; k <= end; k++) {
            numbers.add(new Views.PageNumber(pathOf.apply(k), k, k == n));
        }
        // 第一页 and 最后一页, not 首页 and 末页: 首页 is the portal's home page in the navigation above.
        return new Views.Pager(label, position,
                n > 1 ? new Views.Link(pathOf.apply(1), "第一页") : null,
                n > 1 ? new Views.Link(pathOf.apply(n - 1), "上一页") : null,
                numbers,
                n < pages ? new Views.Link(pathOf.apply(n + 1), "下一页") : null,
                n < pages ? new Views.Link(pathOf.apply(pages), "最后一页") : null);
    }
}
