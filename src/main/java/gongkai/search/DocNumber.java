package gongkai.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 文号 (document number) such as 沪民规〔2023〕5号, read from any of the spellings people use:
 * 〔〕, [], (), 【】 or no brackets around the year, with or without 第 and 号, full or half width,
 * with spaces ({@code 沪民规2023 5}). Two spellings of one number give the same {@link #term()}.
 *
 * @param prefix the issuer's abbreviation and series, e.g. 沪民规
 */
public record DocNumber(String prefix, int year, int number) {
    private static final Pattern WHOLE = Pattern.compile(
            "(\\p{IsHan}*)\\s*[\\[(〔【]?\\s*(\\d{4})\\s*[\\])〕】]?\\s*第?\\s*0*(\\d{1,6})\\s*号?");

    /** Reads a whole 文号; empty when the text is not one. */
    public static Optional<DocNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(Tokenizer.normalize(text).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        if (year < 1949 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new DocNumber(m.group(1), year, Integer.parseInt(m.group(3))));
    }

    /** The index term for year and number; the prefix is checked against the query in the browser. */
    public String term() {
        return "#" + year + "-" + number;
    }

    /** The standard spelling, 沪民规〔2023〕5号. */
    public String canonical() {
        return prefix + "〔" + year + "〕" + number + "号";
    }
}
