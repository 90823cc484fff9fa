package gongkai.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.content.ContentLoader;
import gongkai.content.Problem;
import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.content.YamlNode;
import gongkai.content.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data is found by its structure and checksums, not by any digit run: the ID numbers and
 * card numbers below are made up (born 1900-01-01, cards of zeros) but pass their checks.
 */
class PrivacyScreenTest {
    private static final String ID = "110101190001010014";
    private static final String ID_X = "11010119000101009X";
    private static final String CARD = "6222000000000000004";

    private final PersonalData detector = new PersonalData(Set.of("shanghai.example.org"));

    private List<String> found(String text) {
        return detector.find(text).stream().map(m -> m.kind() + ":" + m.key()).toList();
    }

    private List<String> masked(String text) {
        return detector.find(text).stream().map(PersonalData.Match::masked).toList();
    }

    @Test
    void idNumberWithValidCheckCharacterIsFoundAndMasked() {
        assertEquals(List.of("ID_NUMBER:" + ID), found("申请人身份证号" + ID + "，住址略。"));
        assertEquals(List.of("1101**********0014"), masked(ID));
        assertEquals(List.of("ID_NUMBER:" + ID_X), found("证件号码：" + ID_X.toLowerCase()), "17 digits and x");
        assertEquals(List.of("ID_NUMBER:" + ID), found("１１０１０１１９０００１０１００１４"), "full-width digits");
    }

    @Test
    void idNumberWithWrongCheckCharacterOrImpossibleBirthDateIsNotFound() {
        assertTrue(PersonalData.validId(ID));
        assertFalse(PersonalData.validId("110101190001010015"));
        assertEquals(List.of(), found("110101190001010015"), "check character wrong, and not a card number either");
        assertFalse(PersonalData.validId("110101190002300013"), "check character right, 30 February");
        assertEquals(List.of(), found("110101190002300013"));
    }

    @Test
    void checksumInvalidIdThatPassesLuhnIsReportedAsACardNumber() {
        assertEquals(List.of("BANK_CARD:110101190001010010"), found("110101190001010010"));
    }

    @Test
    void ordinaryNumbersOfGovernmentTextAreNotPersonalData() {
        assertEquals(List.of(), found("沪府办字〔2023〕5号，索引号 000000-0000/2023-00001，成文日期 20230410，"
                + "全年办件 1234567 件，统一社会信用代码 11310000002421069P，12345 热线，电话 021-12345678。"));
        assertEquals(List.of(), found("12345678901234567"), "17 digits");
        assertEquals(List.of(), found("AB" + ID + "CD"), "inside a longer code");
        assertEquals(List.of(), found("1" + ID), "inside a longer digit run");
    }

    @Test
    void mobileNumbersInTheirUsualSpellings() {
        for (String s : List.of("13812345678", "电话13812345678。", "+86 138 1234 5678", "138-1234-5678", "0086 13812345678",
                "８６－１３８１２３４５６７８")) {
            assertEquals(List.of("MOBILE:13812345678"), found(s), s);
        }
        assertEquals(List.of("138****5678"), masked("13812345678"));
        assertEquals(List.of(), found("12345678901"), "no mobile number starts with 12");
        assertEquals(List.of(), found("1381234567"), "ten digits");
        assertEquals(List.of(), found("213812345678"), "twelve digits");
    }

    @Test
    void bankCardNumbersMustPassLuhn() {
        assertTrue(PersonalData.luhn(CARD));
        assertFalse(PersonalData.luhn("6222000000000000005"));
        assertEquals(List.of("BANK_CARD:" + CARD), found("收款账号 " + CARD));
        assertEquals(List.of("BANK_CARD:6222000000000009"), found("6222 0000 0000 0009"), "grouped by four");
        assertEquals(List.of(), found("6222000000000000005"), "Luhn fails");
        assertEquals(List.of("6222***********0004"), masked(CARD));
    }

    @Test
    void privateEmailIsFoundOfficialDomainsAreNot() {
        assertEquals(List.of("EMAIL:zhangsan@qq.com"), found("联系邮箱：ZhangSan@qq.com。"));
        assertEquals(List.of("z***@qq.com"), masked("zhangsan@qq.com"));
        assertEquals(List.of(), found("office@mzj.sh.gov.cn 或 gkb@gov.cn"), "government domains are official");
        assertEquals(List.of(), found("info@shanghai.example.org, a@news.shanghai.example.org"), "configured, with subdomains");
        assertEquals(List.of("EMAIL:a@notshanghai.example.org"), found("a@notshanghai.example.org"));
    }

    @Test
    void quickCheckPassesEveryTextThePatternsMatchAndStopsOrdinaryText() {
        for (String s : List.of(ID, ID_X, "１１０１０１１９０００１０１００１４", CARD, "6222 0000 0000 0009", "+86 138 1234 5678",
                "138-1234-5678", "８６－１３８１２３４５６７８", "电话 138　1234　5678", "ZhangSan@qq.com", "a＠qq.com")) {
            assertTrue(PersonalData.mayHold("前文" + s + "后文"), s);
        }
        for (String s : List.of("沪府办字〔2023〕5号，2023年4月10日印发，全年办件 1234567 件。", "电话 021-1234-567", "1 2 3 4 5 6 7 8 9 0",
                "12--3456789012", "1234567890")) {
            assertFalse(PersonalData.mayHold(s), s);
            assertEquals(List.of(), found(s), s);
        }
    }

    private static SourceDoc doc(String file, String yaml, String body) throws Exception {
        YamlNode.Mapping meta = (YamlNode.Mapping) new YamlReader().parse(yaml, 2);
        return new SourceDoc(Path.of(file), meta, body, yaml.split("\n", -1).length + 2);
    }

    @Test
    void hitsNameFileLineAndFieldWithTheValueMasked() throws Exception {
        SourceDoc d = doc("policies/a.md", "id: a\ntitle: 关于13812345678的答复\nvalidity:\n  note: 经办人身份证号 " + ID + "\n",
                "第一段。\n\n联系人邮箱 li@163.com\n");
        Problems problems = new Problems();
        List<Finding> findings = new PrivacyScreen(Set.of()).screen(d, problems);
        assertEquals(List.of(), findings);
        List<Problem> p = problems.sorted();
        assertEquals(3, p.size(), p.toString());
        assertEquals("policies/a.md 第 3 行，字段「title」", p.get(0).describe().substring(0, p.get(0).describe().indexOf('：')));
        assertTrue(p.get(0).message().contains("手机号码「138****5678」"), p.get(0).message());
        assertEquals("validity.note", p.get(1).field());
        assertEquals(5, p.get(1).line());
        assertTrue(p.get(1).message().contains("公民身份号码「1101**********0014」"), p.get(1).message());
        assertEquals("正文", p.get(2).field());
        assertEquals(9, p.get(2).line(), "body starts on line 7; the address is on its third line");
        for (Problem x : p) {
            assertFalse(x.describe().contains("13812345678") || x.describe().contains(ID) || x.describe().contains("li@163.com"),
                    "the value itself is never printed: " + x.describe());
        }
    }

    @Test
    void tableCellsAndNestedItemsAreScreened() throws Exception {
        SourceDoc d = doc("workpoints/w.yaml", "id: w\nsections:\n  - items:\n      - paragraphs: [甲, 联系人 13812345678]\n"
                + "attachments:\n  - table:\n      rows:\n        - [\"1\", 任务, 内容]\n        - [\"2\", 任务, " + CARD + "]\n", "");
        Problems problems = new Problems();
        new PrivacyScreen(Set.of()).screen(d, problems);
        assertEquals(List.of("sections[1].items[1].paragraphs[2]", "attachments[1].table.rows[2][3]"),
                problems.sorted().stream().map(Problem::field).toList());
    }

    @Test
    void reviewedValueIsAllowedInItsFileAndBecomesAFinding() throws Exception {
        String reviewed = "privacy_reviewed:\n  - {value: 138 1234 5678, reason: 本人书面同意公开的联系电话}\n";
        SourceDoc d = doc("policies/a.md", "id: a\ntitle: 联系电话 138-1234-5678\n" + reviewed, "电话：13812345678\n");
        Problems problems = new Problems();
        List<Finding> findings = new PrivacyScreen(Set.of()).screen(d, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(PrivacyScreen.RULE, f.rule());
        assertEquals("a", f.record());
        assertEquals(Path.of("policies/a.md"), f.file());
        assertTrue(f.message().contains("手机号码「138****5678」") && f.message().contains("出现 2 处")
                && f.message().contains("本人书面同意公开的联系电话"), f.message());

        SourceDoc other = doc("policies/b.md", "id: b\ntitle: 联系电话 13812345678\n", "正文。\n");
        Problems p2 = new Problems();
        new PrivacyScreen(Set.of()).screen(other, p2);
        assertEquals(1, p2.sorted().size(), "an allowance holds only in the file that has it");
    }

    @Test
    void reviewedValueThatIsNotInTheFileOrNotPersonalDataIsAProblem() throws Exception {
        SourceDoc d = doc("policies/a.md", "id: a\ntitle: 标题\nprivacy_reviewed:\n  - {value: \"13812345678\", reason: 已审查}\n"
                + "  - {value: 沪府办字〔2023〕5号, reason: 误填}\n  - {value: \"13900000000\"}\n", "正文。\n");
        Problems problems = new Problems();
        new PrivacyScreen(Set.of()).screen(d, problems);
        List<Problem> p = problems.sorted();
        assertEquals(List.of("privacy_reviewed[1].value", "privacy_reviewed[2].value", "privacy_reviewed[3].reason"),
                p.stream().map(Problem::field).toList());
        assertTrue(p.get(0).message().contains("没有出现"), p.get(0).message());
        assertTrue(p.get(1).message().contains("无需审查"), p.get(1).message());
    }

    @Test
    void officialDomainsComeFromSiteYaml() throws Exception {
        SourceDoc site = doc("site.yaml", "name: 门户\nofficial_email_domains: [Shanghai.Example.org, \"not a domain\"]\n", "");
        Problems problems = new Problems();
        PrivacyScreen screen = PrivacyScreen.of(site, problems);
        assertEquals(List.of("official_email_domains"), problems.sorted().stream().map(Problem::field).toList());
        Problems hits = new Problems();
        screen.screen(doc("policies/a.md", "id: a\ntitle: 邮箱 info@shanghai.example.org 或 me@qq.com\n", "正文。\n"), hits);
        assertEquals(1, hits.sorted().size(), hits.sorted().toString());
        assertTrue(hits.sorted().get(0).message().contains("m***@qq.com"));
    }

    @Test
    void theRealContentHasNoFalsePositives() {
        Validation v = new Validator().validate(new ContentLoader().load(TestSupport.CONTENT));
        assertEquals(List.of(), v.problems());
        assertEquals(List.of(), v.findings().stream().filter(f -> f.rule().equals(PrivacyScreen.RULE)).toList());
    }

    @Test
    void theSeedDocumentsHaveNoFalsePositives() throws Exception {
        for (String seed : List.of("000_a1891cd103ff675d.txt", "001_5a3d20e49b23627b.txt", "002_30d074077b7aefb0.txt")) {
            String text = TestSupport.read(Path.of("src/test/resources/seeds", seed));
            assertEquals(List.of(), found(text), seed);
        }
    }

    @Test
    void validationScreensPublishedFilesOnlyAndListsEveryAllowanceAsAFinding(@TempDir Path dir) {
        Path content = TestSupport.contentCopy(dir);
        TestSupport.copyTree(Path.of("src/test/resources/broken/personal-data-reviewed"), content);
        TestSupport.copyTree(Path.of("src/test/resources/broken/withheld"), content);
        Validation v = new Validator().validate(new ContentLoader().load(content));
        assertEquals(List.of(), v.problems(), "the withheld record's mobile number is never published, so not screened");
        List<Finding> allowances = v.findings().stream().filter(f -> f.rule().equals(PrivacyScreen.RULE)).toList();
        assertEquals(1, allowances.size());
        assertEquals("test-doc", allowances.get(0).record());
        assertEquals(content.resolve("policies/test-doc.md"), allowances.get(0).file());
        assertTrue(allowances.get(0).message().contains("手机号码「138****5678」") && allowances.get(0).message().contains("第 3 行字段「title」")
                && allowances.get(0).message().contains("单位公开的咨询电话"), allowances.get(0).message());
    }
}
