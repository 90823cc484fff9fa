package gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityStatusTest {
    private static final LocalDate EFFECTIVE = LocalDate.of(2024, 4, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2029, 3, 31);
    private static final ValidityData DATES = new ValidityData(EFFECTIVE, EXPIRES, null);

    private static ValidityStatus on(ValidityData d, LocalDate day) {
        return ValidityStatus.of(d, day);
    }

    @Test
    void dayBeforeEffectiveIsNotYetEffective() {
        ValidityStatus s = on(DATES, EFFECTIVE.minusDays(1));
        assertInstanceOf(ValidityStatus.NotYetEffective.class, s);
        assertEquals("尚未生效", s.label());
        assertFalse(s.inForce());
    }

    @Test
    void effectiveDayAndExpiryDayAreInForce() {
        assertEquals("有效", on(DATES, EFFECTIVE).label());
        assertEquals("有效", on(DATES, EXPIRES).label());
        assertTrue(on(DATES, EXPIRES).inForce());
    }

    @Test
    void dayAfterExpiryIsExpiredSinceThatDay() {
        ValidityStatus s = on(DATES, EXPIRES.plusDays(1));
        assertEquals(new ValidityStatus.Expired(EXPIRES.plusDays(1)), s);
        assertEquals("已失效", s.label());
    }

    @Test
    void openEndedDocumentStaysInForce() {
        ValidityData open = new ValidityData(EFFECTIVE, null, null);
        assertEquals(new ValidityStatus.InForce(null), on(open, LocalDate.of(2099, 1, 1)));
    }

    @Test
    void repealCountsFromItsDateOnly() {
        LocalDate since = LocalDate.of(2026, 7, 1);
        ValidityData repealed = new ValidityData(EFFECTIVE, EXPIRES,
                new ValidityData.Override(ValidityData.OverrideKind.REPEALED, since, "new-one", null));
        assertEquals("有效", on(repealed, since.minusDays(1)).label());
        assertEquals(new ValidityStatus.Repealed(since, "new-one"), on(repealed, since));
        assertEquals("废止", on(repealed, since).label());
    }

    @Test
    void amendmentBeatsExpiry() {
        LocalDate since = LocalDate.of(2025, 1, 1);
        ValidityData amended = new ValidityData(EFFECTIVE, EXPIRES,
                new ValidityData.Override(ValidityData.OverrideKind.AMENDED, since, null, null));
        assertEquals("已修改", on(amended, EXPIRES.plusYears(1)).label());
    }

    @Test
    void noDataIsUnspecified() {
        assertEquals("未标注", on(ValidityData.NONE, EFFECTIVE).label());
        assertFalse(on(ValidityData.NONE, EFFECTIVE).inForce());
    }

    @Test
    void draftFollowsItsCommentPeriodBothDaysIncluded() {
        CommentPeriod c = new CommentPeriod(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 9));
        assertEquals("征求意见未开始", ValidityStatus.of(c, c.opens().minusDays(1)).label());
        assertEquals("征求意见中", ValidityStatus.of(c, c.opens()).label());
        assertEquals("征求意见中", ValidityStatus.of(c, c.closes()).label());
        assertEquals(new ValidityStatus.CommentClosed(c.opens(), c.closes()), ValidityStatus.of(c, c.closes().plusDays(1)));
        assertEquals("征求意见已结束", ValidityStatus.of(c, c.closes().plusDays(1)).label());
        assertFalse(ValidityStatus.of(c, c.opens()).inForce(), "a draft is never in force");
    }

    @Test
    void continuedKeepsADocumentInForcePastItsExpiryFromItsDateOn() {
        LocalDate since = EXPIRES.plusDays(1);
        ValidityData continued = new ValidityData(EFFECTIVE, EXPIRES,
                new ValidityData.Override(ValidityData.OverrideKind.CONTINUED, since, null, null));
        assertEquals("有效", on(continued, EXPIRES).label());
        assertEquals("有效", on(continued, since.plusYears(3)).label());
        assertTrue(on(continued, since.plusYears(3)).inForce());
        ValidityData later = new ValidityData(EFFECTIVE, EXPIRES,
                new ValidityData.Override(ValidityData.OverrideKind.CONTINUED, since.plusDays(10), null, null));
        assertEquals("已失效", on(later, since).label(), "before the decision the dates decide");
    }
}
