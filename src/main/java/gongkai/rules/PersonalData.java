package gongkai.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a text: mainland ID numbers (公民身份号码, 18 characters, birth date and
 * check character validated), mobile numbers, bank card numbers (16–19 digits passing the Luhn
 * check) and e-mail addresses outside the official domains. The validations keep ordinary digit
 * runs (文号, 索引号, statistics) from being taken for personal data. Full-width digits count as
 * digits, since that is how they are often typed in Chinese text.
 */
final class PersonalData {
    /** The kinds of personal data looked for. */
    enum Kind {
        ID_NUMBER("公民身份号码"),
        MOBILE("手机号码"),
        BANK_CARD("银行卡号"),
        EMAIL("个人电子邮箱");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * One piece of personal data in a text.
     *
     * @param start offset of its first character
     * @param end offset after its last character
     * @param key the value in one canonical spelling (digits only, upper-case X, lower-case e-mail),
     *     so that a reviewed value matches however it is spaced
     */
    record Match(Kind kind, int start, int end, String key) {
        /** The value with its middle hidden, safe to print, e.g. {@code 3101**********1234}. */
        String masked() {
            switch (kind) {
                case EMAIL:
                    int at = key.indexOf('@');
                    return key.charAt(0) + "***" + key.substring(at);
                case MOBILE:
                    return key.substring(0, 3) + "****" + key.substring(7);
                default:
                    return key.substring(0, 4) + "*".repeat(key.length() - 8) + key.substring(key.length() - 4);
            }
        }
    }

    // A match may not start or end inside a longer run of letters or digits (codes, 文号).
    private static final String BEFORE = "(?<![0-9A-Za-z])";
    private static final String AFTER = "(?![0-9A-Za-z])";
    private static final Pattern ID = Pattern.compile(BEFORE + "[1-9][0-9]{5}(?:18|19|20)[0-9]{9}[0-9Xx]" + AFTER);
    private static final Pattern CARD = Pattern.compile(BEFORE + "[0-9]{4}(?:[- ]?[0-9]{4}){3}(?:[- ]?[0-9]{1,3})?" + AFTER);
    private static final Pattern MOBILE = Pattern.compile(BEFORE + "(?:(?:\\+|00)?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}" + AFTER);
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)(?![A-Za-z0-9-])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** Every government domain (gov.cn) is official; registrars give it to government bodies only. */
    static final String GOVERNMENT_DOMAIN = "gov.cn";

    private final Set<String> officialDomains;

    /** {@code officialDomains}: e-mail domains of organisations, in lower case; subdomains count too. */
    PersonalData(Set<String> officialDomains) {
        this.officialDomains = Set.copyOf(officialDomains);
    }

    /** Every piece of personal data in {@code text}, in order of position. */
    List<Match> find(String text) {
        if (!mayHold(text)) {
            return List.of();
        }
        String t = halfWidth(text);
        List<Match> found = new ArrayList<>();
        Matcher m = ID.matcher(t);
        while (m.find()) {
            String key = m.group().toUpperCase(Locale.ROOT);
            if (validId(key)) {
                found.add(new Match(Kind.ID_NUMBER, m.start(), m.end(), key));
            }
        }
        m = CARD.matcher(t);
        while (m.find()) {
            String key = digits(m.group());
            if (key.length() >= 16 && luhn(key) && free(found, m.start(), m.end())) {
                found.add(new Match(Kind.BANK_CARD, m.start(), m.end(), key));
            }
        }
        m = MOBILE.matcher(t);
        while (m.find()) {
            String key = digits(m.group());
            if (free(found, m.start(), m.end())) {
                found.add(new Match(Kind.MOBILE, m.start(), m.end(), key.substring(key.length() - 11)));
            }
        }
        m = EMAIL.matcher(t);
        while (m.find()) {
            String domain = m.group(1).toLowerCase(Locale.ROOT);
            if (domain.substring(domain.lastIndexOf('.') + 1).chars().allMatch(Character::isLetter) && !official(domain)) {
                found.add(new Match(Kind.EMAIL, m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    /**
     * Whether {@code text} could hold personal data at all: an at sign, or eleven digits (ASCII or
     * full-width) in a row with at most one space or hyphen between two of them, which every number
     * looked for has. Nearly all text has neither, and this one pass costs far less than the
     * patterns, which then run only where they could match.
     */
    static boolean mayHold(String text) {
        int digits = 0;
        boolean separator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                if (++digits >= 11) {
                    return true;
                }
                separator = false;
            } else if (c == '@' || c == '＠') {
                return true;
            } else if (digits > 0 && !separator && (c == ' ' || c == '-' || c == '\u3000' || c == '－')) {
                separator = true;
            } else {
                digits = 0;
                separator = false;
            }
        }
        return false;
    }

    private boolean official(String domain) {
        for (String d : officialDomains) {
            if (domain.equals(d) || domain.endsWith("." + d)) {
                return true;
            }
        }
        return domain.equals(GOVERNMENT_DOMAIN) || domain.endsWith("." + GOVERNMENT_DOMAIN);
    }

    /** GB 11643: a real birth date, and the check character computed over the first 17 digits. */
    static boolean validId(String id) {
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /** The Luhn check that every bank card number passes. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean free(List<Match> found, int start, int end) {
        return found.stream().noneMatch(f -> f.start() < end && start < f.end());
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    /** Full-width digits and signs as ASCII, one character for one, so offsets stay the same. */
    private static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９' || c == 'Ｘ' || c == 'ｘ' || c == '＋' || c == '＠' || c == '．' || c == '－') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
