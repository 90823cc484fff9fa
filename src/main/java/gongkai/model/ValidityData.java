package gongkai.model;

import java.time.LocalDate;

/**
 * What a record says about its validity: when it takes effect, when it expires, and an optional
 * override decided by the issuer: 废止 or 已修改 end it early, 继续有效 keeps it in force after a
 * re-assessment. All fields may be null.
 */
public record ValidityData(LocalDate effective, LocalDate expires, Override override) {

    /** No validity data at all. */
    public static final ValidityData NONE = new ValidityData(null, null, null);

    public boolean isEmpty() {
        return effective == null && expires == null && override == null;
    }

    /**
     * An explicit decision of the issuer about the document's validity.
     *
     * @param kind 废止, 已修改 or 继续有效
     * @param since the date the override takes effect
     * @param by id of the document that repeals or amends this one, or null
     * @param note free text shown with the banner, or null
     */
    public record Override(OverrideKind kind, LocalDate since, String by, String note) {}

    /** The kinds of override a maintainer can set. */
    public enum OverrideKind {
        REPEALED("废止"),
        AMENDED("已修改"),
        /** Re-assessed and kept in force (评估后继续有效), also past its expiry date. */
        CONTINUED("继续有效");

        private final String label;

        OverrideKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
