package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"沪民规〔2023〕5号", "沪民规[2023]5号", "沪民规2023 5", "沪民规（2023）5号", "沪民规【2023】第5号",
            "沪民规［２０２３］５号", "沪民规 〔2023〕 05 号", "沪民规(2023)5"})
    void everyCommonSpellingIsTheSameNumber(String spelling) {
        DocNumber n = DocNumber.parse(spelling).orElseThrow();
        assertEquals(new DocNumber("沪民规", 2023, 5), n);
        assertEquals("#2023-5", n.term());
        assertEquals("沪民规〔2023〕5号", n.canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年上海市政务公开工作要点", "关于印发的通知", "沪民规", "沪民规〔23〕5号", "沪民规〔1800〕5号", ""})
    void otherTextIsNoDocumentNumber(String text) {
        assertTrue(DocNumber.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"沪府办字〔2023〕5号", "沪民办发〔2022〕8号", "沪民便函〔2023〕9号"})
    void theSeedsNumbersRead(String number) {
        assertEquals(number, DocNumber.parse(number).orElseThrow().canonical());
    }
}
