package gongkai.model;

import java.time.LocalDate;

/**
 * A document's validity (有效性) on a given day, derived at build time. Its {@link #label()} is
 * what readers see next to the title and in every listing.
 */
public sealed interface ValidityStatus {

    /** The Chinese label, e.g. 有效. */
    String label();

    /** A stable key for styling and filtering, e.g. {@code in-force}. */
    String key();

    /** Whether the document is in force on the day of the build. */
    default boolean inForce() {
        return false;
    }

    /** Takes effect later. */
    record NotYetEffective(LocalDate from) implements ValidityStatus {
        public String label() {
            return "尚未生效";
        }

        public String key() {
            return "pending";
        }
    }

    /** In force; {@code until} is the expiry date or null when open-ended. */
    record InForce(LocalDate until) implements ValidityStatus {
        public String label() {
            return "有效";
        }

        public String key() {
            return "in-force";
        }

        @Override
        public boolean inForce() {
            return true;
        }
    }

    /** Its validity period has ended. */
    record Expired(LocalDate since) implements ValidityStatus {
        public String label() {
            return "已失效";
        }

        public String key() {
            return "expired";
        }
    }

    /** Repealed (废止) by the issuer; {@code by} names the replacing document, if any. */
    record Repealed(LocalDate since, String by) implements ValidityStatus {
        public String label() {
            return "废止";
        }

        public String key() {
            return "repealed";
        }
    }

    /** Amended (已修改); {@code by} names the amending document, if any. */
    record Amended(LocalDate since, String by) implements ValidityStatus {
        public String label() {
            return "已修改";
        }

        public String key() {
            return "amended";
        }
    }

    /** A draft (征求意见稿) whose comment period has not begun. */
    record CommentPending(LocalDate opens, LocalDate closes) implements ValidityStatus {
        public String label() {
            return "征求意见未开始";
        }

        public String key() {
            return "comment-pending";
        }
    }

    /** A draft (征求意见稿) open for comments until {@code closes}. */
    record CommentOpen(LocalDate opens, LocalDate closes) implements ValidityStatus {
        public String label() {
            return "征求意见中";
        }

        public String key() {
            return "comment-open";
        }
    }

    /** A draft (征求意见稿) whose comment period ended on {@code closed}. */
    record CommentClosed(LocalDate opens, LocalDate closed) implements ValidityStatus {
        public String label() {
            return "征求意见已结束";
        }

        public String key() {
            return "comment-closed";
        }
    }

    /** The record carries no validity data (usual for 其他文件). */
    record Unspecified() implements ValidityStatus {
        public String label() {
            return "未标注";
        }

        public String key() {
            return "unspecified";
        }
    }

    /** The status of {@code p} on {@code asOf}: from its comment period if it is a draft, else from its validity. */
    static ValidityStatus of(Policy p, LocalDate asOf) {
        return p.draft() == null ? of(p.validity(), asOf) : of(p.draft(), asOf);
    }

    /** A draft's status: both days of the comment period are inside it. */
    static ValidityStatus of(CommentPeriod c, LocalDate asOf) {
        if (asOf.isBefore(c.opens())) {
            return new CommentPending(c.opens(), c.closes());
        }
        if (asOf.isAfter(c.closes())) {
            return new CommentClosed(c.opens(), c.closes());
        }
        return new CommentOpen(c.opens(), c.closes());
    }

    /**
     * Derives the status on {@code asOf}. An override counts from its date on; before that the
     * dates decide. 继续有效 keeps a document in force past its expiry date. Boundaries are inclusive: a document is in force on its effective date and on
     * its expiry date, and expired from the day after.
     */
    static ValidityStatus of(ValidityData data, LocalDate asOf) {
        if (data == null || data.isEmpty()) {
            return new Unspecified();
        }
        ValidityData.Override o = data.override();
        if (o != null && (o.since() == null || !asOf.isBefore(o.since()))) {
            switch (o.kind()) {
                case REPEALED:
                    return new Repealed(o.since(), o.by());
                case AMENDED:
                    return new Amended(o.since(), o.by());
                default:
                    return new InForce(null);
            }
        }
        if (data.effective() != null && asOf.isBefore(data.effective())) {
            return new NotYetEffective(data.effective());
        }
        if (data.expires() != null && asOf.isAfter(data.expires())) {
            return new Expired(data.expires().plusDays(1));
        }
        return new InForce(data.expires());
    }
}
