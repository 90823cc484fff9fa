package gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        Tokenizer.forEachTerm(Tokenizer.normalize(text), out::add);
        return out;
    }

    @Test
    void chineseRunsGiveEveryCharacterAndEveryNeighbouringPair() {
        assertEquals(List.of("养", "老", "养老", "服", "老服", "务", "服务"), terms("养老服务"));
    }

    @Test
    void punctuationAndSpacesEndARunSoNoPairCrossesThem() {
        assertEquals(List.of("低", "保", "低保", "补", "贴", "补贴"), terms("低保，补贴"));
        assertEquals(List.of("老", "人", "老人", "卡"), terms("老人 卡"));
    }

    @Test
    void lettersAndDigitsAreWordsFoldedToHalfWidthLowerCase() {
        assertEquals(List.of("2023", "年", "wcag", "2", "2"), terms("２０２３年 WCAG 2.2"));
        assertEquals(List.of("沪", "民", "沪民", "规", "民规", "2023", "5", "号"), terms("沪民规〔2023〕5号"));
    }

    @Test
    void charactersBeyondTheBasicPlaneAreTermsToo() {
        assertEquals(List.of("𠀀", "好", "𠀀好"), terms("𠀀好"));
    }

    @Test
    void queriesUsePairsOnlyAndASingleCharacterForItself() {
        assertEquals(List.of("养老", "老服", "服务"), Tokenizer.queryTerms("养老服务"));
        assertEquals(List.of("税"), Tokenizer.queryTerms("税"));
        assertEquals(List.of("养老", "2023", "税"), Tokenizer.queryTerms("养老 ２０２３ 税 养老"));
    }

    @Test
    void intIdsOfChineseTermsRoundTrip() {
        for (String t : List.of("养", "养老", "〇", "龥")) {
            char second = t.length() == 2 ? t.charAt(1) : 0;
            assertEquals(t, Tokenizer.term(Tokenizer.key(t.charAt(0), second)));
        }
    }

    /** The fast path must fold exactly as NFKC would, on every word of the real content. */
    @Test
    void normalizeAgreesWithNfkcOnTheRealContent() throws IOException {
        try (Stream<Path> files = Files.walk(TestSupport.CONTENT)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))::iterator) {
                String text = Files.readString(f);
                assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Tokenizer.normalize(text), f.toString());
            }
        }
        String mixed = "（一）ＡＢＣ　１２３，“引号”……①②";
        assertEquals(Normalizer.normalize(mixed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Tokenizer.normalize(mixed));
    }
}
