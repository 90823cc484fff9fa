package gongkai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words suggested while a reader types (关键词推荐): the catalogue names (topics, tags,
 * agencies), the synonym catalogue, names quoted in titles (《…》), and the phrases that recur
 * across titles, such as 养老服务补贴 — found without a dictionary as the longest runs of
 * characters shared by at least two titles.
 */
final class Keywords {
    /** A suggestion and how much it weighs: how many documents it names or how often titles use it. */
    record Keyword(String text, int weight) {}

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 16;
    /** Most suggestions kept from titles; the rest recur too rarely to help. */
    static final int MAX_FROM_TITLES = 2000;

    private static final Pattern QUOTED = Pattern.compile("《([^《》]{2,40})》");
    /** Title boilerplate that no one searches for; titles are cut at these. */
    private static final Pattern BOILERPLATE = Pattern.compile("关于|印发|转发|的通知|的公告|的意见|的批复|的决定|的函|\\(示例\\)");
    /** Phrases that start or end with these are cut mid-sentence. */
    private static final String EDGE_STOP = "的和与及等对为在于了之或并暨其关年";

    private final Map<String, Integer> weights = new LinkedHashMap<>();

    /**
     * A catalogue name or synonym: always suggested, weighted by the documents behind it, twice
     * as much as a phrase found in titles, because people chose these names.
     */
    void addName(String name, int weight) {
        String key = Tokenizer.normalize(name).strip();
        if (!key.isEmpty()) {
            weights.merge(key, 2 * Math.max(1, weight), Math::max);
        }
    }

    /** Adds the quoted names and recurring phrases of {@code titles}. */
    void addTitles(List<String> titles) {
        List<List<String>> segments = new ArrayList<>();
        Map<String, Integer> quoted = new HashMap<>();
        for (String t : titles) {
            String title = Tokenizer.normalize(t);
            Matcher m = QUOTED.matcher(title);
            while (m.find()) {
                quoted.merge(m.group(1).strip(), 1, Integer::sum);
            }
            List<String> runs = new ArrayList<>();
            for (String part : BOILERPLATE.split(title)) {
                hanRuns(part, runs);
            }
            segments.add(runs);
        }
        List<Keyword> found = new ArrayList<>();
        quoted.forEach((q, n) -> found.add(new Keyword(q, n)));
        found.addAll(recurring(segments));
        found.sort(Comparator.comparingInt((Keyword k) -> -score(k)).thenComparing(Keyword::text));
        found.stream().limit(MAX_FROM_TITLES).forEach(k -> weights.merge(k.text(), k.weight(), Math::max));
    }

    private static int score(Keyword k) {
        return k.weight() * Math.min(k.text().length(), 8);
    }

    /** Every keyword, heaviest first, then by text. */
    List<Keyword> all() {
        List<Keyword> list = new ArrayList<>();
        weights.forEach((t, w) -> list.add(new Keyword(t, w)));
        list.sort(Comparator.comparingInt((Keyword k) -> -k.weight()).thenComparing(Keyword::text));
        return list;
    }

    private static void hanRuns(String text, List<String> out) {
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && Tokenizer.isHan(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String run = text.substring(start, i);
            // Runs with characters beyond the basic plane are rare names; cutting them by code unit would break them.
            if (run.length() >= MIN_LENGTH && run.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                out.add(run);
            }
            if (i == start) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
    }

    /** Phrases recurring across titles, except those cut mid-sentence. */
    private static List<Keyword> recurring(List<List<String>> segments) {
        List<Keyword> out = new ArrayList<>();
        for (Keyword k : RecurringPhrases.find(segments, MIN_LENGTH, MAX_LENGTH)) {
            String g = k.text();
            if (EDGE_STOP.indexOf(g.charAt(0)) < 0 && EDGE_STOP.indexOf(g.charAt(g.length() - 1)) < 0) {
                out.add(k);
            }
        }
        return out;
    }
}
