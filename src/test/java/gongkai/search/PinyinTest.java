package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PinyinTest {
    /** Polyphones read as the word says them, the way readers type them. */
    @ParameterizedTest
    @CsvSource({"重庆, chong qing", "银行, yin hang", "行政, xing zheng", "行业, hang ye", "重点, zhong dian",
            "长江, chang jiang", "厦门, xia men", "调整, tiao zheng", "会计, kuai ji", "养老服务, yang lao fu wu",
            "绿色, lv se"})
    void wordsAreReadInContext(String word, String reading) {
        assertEquals(List.of(reading.split(" ")), Pinyin.syllables(word));
    }

    @Test
    void textThatIsNotAllChineseHasNoReading() {
        assertEquals(List.of(), Pinyin.syllables("A股"));
        assertEquals(List.of(), Pinyin.syllables("𠀀好"));
    }

    @Test
    void aCharacterHasAllItsReadings() {
        List<String> readings = Pinyin.readings('行');
        assertTrue(readings.containsAll(List.of("xing", "hang")), readings.toString());
        assertEquals(List.of("wu"), Pinyin.readings('物'));
    }

    @ParameterizedTest
    @CsvSource({"zhong, zong", "chang, can", "shi, si", "nan, lan", "ning, lin", "lao, lao", "feng, fen", "n, n"})
    void similarSoundsFoldTogether(String syllable, String folded) {
        assertEquals(folded, Pinyin.fuzzy(syllable));
    }

    @Test
    void aWrongCharacterOfTheSameOrSimilarSoundHasTheSameKey() {
        assertEquals(Pinyin.fuzzyKey(Pinyin.syllables("服务")), Pinyin.fuzzyKey(Pinyin.syllables("服物")));
        assertEquals(Pinyin.fuzzyKey(Pinyin.syllables("养老")), Pinyin.fuzzyKey(Pinyin.syllables("养脑")));
        assertNotEquals(Pinyin.fuzzyKey(Pinyin.syllables("养老")), Pinyin.fuzzyKey(Pinyin.syllables("医疗")));
        assertEquals("ylfw", Pinyin.initials(Pinyin.syllables("养老服务")));
    }
}
