package gongkai.render;

import java.time.LocalDate;

/** Formats dates the way Chinese government pages print them: 2023年4月10日. */
public final class Dates {
    private Dates() {}

    public static String zh(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
