package gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic portal in the content format of {@code content/}, for benchmarks: N policy
 * records with realistic Chinese titles and 2–3 KB Markdown bodies from about 20 agencies and 15
 * topics over a decade, about 30% of them 行政规范性文件 with validity data (some expired, some
 * repealed by a later one), and about 40% with an interpretation. The same count and seed always
 * give the same bytes. Every record is an example: titles start with （示例）, 文号 with 示例, the
 * agencies belong to the imaginary 示例市, so nothing can pass for a real document.
 *
 * <p>Usage: {@code CorpusGenerator --count 10000 --seed 42 --out bench-out/corpus}
 */
public final class CorpusGenerator {
    /** An agency: id, name, the abbreviation its 文号 starts with, and the topics it writes about. */
    private record AgencyDef(String id, String name, String abbr, String... topics) {}

    /** A topic: id, name, the subjects its documents deal with, the tags that fit it. */
    private record TopicDef(String id, String name, String[] subjects, String... tags) {}

    private static final List<AgencyDef> AGENCIES = List.of(
            new AgencyDef("szfbgt", "示例市人民政府办公厅", "示例府办", "yshj", "czys", "ylfw", "jycy"),
            new AgencyDef("mzj", "示例市民政局", "示例民", "ylfw", "shjz", "cjrfw"),
            new AgencyDef("rsj", "示例市人力资源和社会保障局", "示例人社", "jycy", "ylbz"),
            new AgencyDef("wjw", "示例市卫生健康委员会", "示例卫健", "ylws", "ylfw"),
            new AgencyDef("jyj", "示例市教育局", "示例教", "jy"),
            new AgencyDef("zjw", "示例市住房和城乡建设管理委员会", "示例住建", "zfbz"),
            new AgencyDef("jtw", "示例市交通委员会", "示例交", "jtcx"),
            new AgencyDef("sthjj", "示例市生态环境局", "示例环", "sthj"),
            new AgencyDef("scjgj", "示例市市场监督管理局", "示例市监", "scjg", "yshj"),
            new AgencyDef("czj", "示例市财政局", "示例财", "czys"),
            new AgencyDef("ybj", "示例市医疗保障局", "示例医保", "ylbz", "ylws"),
            new AgencyDef("cl", "示例市残疾人联合会", "示例残联", "cjrfw"),
            new AgencyDef("tyjrj", "示例市退役军人事务局", "示例退役", "tyjr", "jycy"),
            new AgencyDef("nyncw", "示例市农业农村委员会", "示例农", "nync"),
            new AgencyDef("sww", "示例市商务委员会", "示例商", "yshj"),
            new AgencyDef("whlyj", "示例市文化和旅游局", "示例文旅", "whly"),
            new AgencyDef("yjglj", "示例市应急管理局", "示例应急", "yjaq"),
            new AgencyDef("gaj", "示例市公安局", "示例公", "jtcx", "yjaq"),
            new AgencyDef("sfj", "示例市司法局", "示例司", "yshj", "shjz"),
            new AgencyDef("ghzyj", "示例市规划和自然资源局", "示例规资", "zfbz", "sthj"));

    private static final List<TopicDef> TOPICS = List.of(
            new TopicDef("ylfw", "养老服务", new String[] {"养老服务补贴申领", "社区嵌入式养老服务设施建设", "老年人助餐服务",
                    "长期护理保险试点", "养老机构等级评定", "居家养老服务", "老年综合津贴发放", "养老服务人才队伍建设"},
                    "laonianren", "butie"),
            new TopicDef("shjz", "社会救助", new String[] {"最低生活保障", "特困人员救助供养", "临时救助", "支出型贫困家庭救助",
                    "社会救助家庭经济状况核对", "低收入人口动态监测"}, "kunnan", "butie"),
            new TopicDef("jycy", "就业创业", new String[] {"高校毕业生就业见习", "创业担保贷款贴息", "职业技能培训补贴",
                    "稳岗返还", "灵活就业人员社会保险补贴", "公益性岗位开发管理"}, "biyesheng", "qiye"),
            new TopicDef("ylws", "医疗卫生", new String[] {"家庭医生签约服务", "基本公共卫生服务", "医疗机构依法执业监管",
                    "传染病防控", "社区卫生服务中心建设", "医疗废物管理"}),
            new TopicDef("jy", "教育", new String[] {"义务教育阶段学校招生入学", "学前教育收费管理", "中小学课后服务",
                    "家庭经济困难学生资助", "民办学校分类管理", "教师资格认定"}, "kunnan"),
            new TopicDef("zfbz", "住房保障", new String[] {"公共租赁住房管理", "共有产权保障住房申请", "旧住房成套改造",
                    "住房公积金提取", "保障性租赁住房认定", "廉租住房租金补贴"}, "butie"),
            new TopicDef("jtcx", "交通出行", new String[] {"公共交通老年人优待", "非机动车停放管理", "道路交通安全管理",
                    "网络预约出租汽车经营服务管理", "停车收费管理"}, "laonianren"),
            new TopicDef("sthj", "生态环境", new String[] {"重点排污单位环境信息公开", "建设项目环境影响评价", "生活垃圾分类",
                    "大气污染防治", "长江流域水生态保护"}, "qiye"),
            new TopicDef("scjg", "市场监管", new String[] {"食品安全抽样检验", "企业信用信息公示", "价格监督检查",
                    "特种设备安全监察", "个体工商户登记"}, "qiye", "banshi"),
            new TopicDef("czys", "财政预算", new String[] {"部门预算公开", "政府采购管理", "财政专项资金管理",
                    "政府债务管理", "行政事业性收费目录清单"}),
            new TopicDef("ylbz", "医疗保障", new String[] {"城乡居民基本医疗保险", "门诊慢特病待遇", "医疗救助",
                    "异地就医直接结算", "医保定点医药机构管理"}, "butie"),
            new TopicDef("cjrfw", "残疾人服务", new String[] {"残疾人两项补贴", "残疾人康复服务", "无障碍环境建设",
                    "残疾人就业保障金", "残疾人辅助器具适配"}, "canjiren", "butie"),
            new TopicDef("tyjr", "退役军人", new String[] {"退役军人就业创业扶持", "优抚对象抚恤补助", "退役士兵安置",
                    "光荣院管理"}, "tuiyi", "butie"),
            new TopicDef("nync", "农业农村", new String[] {"耕地地力保护补贴", "农村人居环境整治", "高标准农田建设",
                    "农产品质量安全"}, "butie"),
            new TopicDef("yshj", "营商环境", new String[] {"优化营商环境", "一网通办", "涉企经营许可事项改革",
                    "中小企业纾困", "政务服务事项办理"}, "qiye", "banshi"),
            new TopicDef("whly", "文化旅游", new String[] {"公共文化设施免费开放", "旅游景区质量等级评定", "非物质文化遗产保护",
                    "演出市场管理"}),
            new TopicDef("yjaq", "应急安全", new String[] {"安全生产责任制", "防汛防台", "危险化学品安全管理",
                    "消防安全检查"}, "qiye"));

    private static final String[][] TAGS = {
            {"laonianren", "老年人"}, {"canjiren", "残疾人"}, {"kunnan", "困难群众"}, {"biyesheng", "高校毕业生"},
            {"qiye", "企业"}, {"butie", "补贴津贴"}, {"banshi", "办事指南"}, {"tuiyi", "退役军人"}};

    private static final String[] NORMATIVE_TITLES = {
            "%a关于印发《示例市%s管理办法》的通知", "示例市%s管理办法", "示例市%s实施细则", "%a关于%s的若干规定",
            "示例市%s暂行办法", "%a关于印发《示例市%s实施办法》的通知"};
    private static final String[] OTHER_TITLES = {
            "%a关于做好%y年%s工作的通知", "%a关于进一步加强%s工作的通知", "关于开展%s专项检查的通知",
            "%a%y年%s工作要点", "关于公布%y年度%s相关名单的公告", "%a关于%s有关事项的通知", "%a关于调整%s标准的通知"};

    private static final String[] OPENINGS = {
            "为进一步做好%s工作，根据国家和本市有关规定，结合本市实际，制定本%f。",
            "为规范%s，保障群众合法权益，提升公共服务水平，制定本%f。",
            "为贯彻落实市委、市政府关于%s的决策部署，现就有关事项通知如下。"};
    private static final String[] SECTIONS = {"总则", "适用范围", "职责分工", "申请条件", "办理程序", "标准和期限",
            "资金保障", "监督管理", "信息公开", "服务要求", "宣传引导", "附则"};
    private static final String[] SENTENCES = {
            "各区人民政府负责本辖区内%s的组织实施，区%t主管部门具体承办。",
            "市%t主管部门负责%s的统筹协调、政策制定和监督指导。",
            "申请人可以通过“一网通办”平台在线提交申请，也可以到社区事务受理服务中心窗口办理。",
            "受理部门应当在受理之日起五个工作日内完成审核，对符合条件的，予以办理；对不符合条件的，书面告知理由。",
            "%s所需资金按照现行财政管理体制，由市、区两级财政分别承担。",
            "有关部门应当加强对%s的监督检查，发现问题及时督促整改。",
            "对弄虚作假、骗取补贴的，依法追回有关款项，并记入公共信用信息服务平台。",
            "各相关单位要加强政策宣传解读，通过政府网站、政务新媒体等渠道及时发布政策信息。",
            "本市户籍老年人、残疾人、困难群众等特殊群体办理%s的，可以由他人代为申请。",
            "享受最低生活保障的家庭成员，按照规定给予相应的补贴和救助。",
            "符合条件的老年人可以申请养老服务补贴，补贴标准根据照护等级确定。",
            "残疾人两项补贴包括困难残疾人生活补贴和重度残疾人护理补贴。",
            "街道办事处、乡镇人民政府应当做好%s的初审和公示工作，公示期不少于七日。",
            "相关信息应当按照政府信息公开的规定主动公开，接受社会监督。",
            "本%f实施过程中的具体问题，由市%t主管部门负责解释。",
            "各区应当建立健全%s工作台账，定期报送工作进展情况。",
            "鼓励社会力量参与%s，推动形成多元参与、共建共享的工作格局。",
            "对在%s工作中表现突出的单位和个人，按照有关规定给予表扬。",
            "%s涉及的个人信息应当依法保护，不得泄露或者非法使用。",
            "办理时限自受理之日起计算，因特殊情况需要延长的，经批准可以延长十个工作日。",
            "申请材料包括申请表、身份证明和相关证明材料，申请人应当对材料的真实性负责。",
            "长江沿岸各区应当统筹推进生态环境保护和经济社会发展。",
            "市场主体可以登录企业信用信息公示系统查询相关信息。",
            "公共交通企业应当为持有敬老卡的老年人提供优待服务。",
            "各级医疗保障部门应当落实城乡居民基本医疗保险待遇，减轻群众就医负担。",
            "高校毕业生到基层单位就业的，按照规定享受相应的补贴政策。",
            "银行业金融机构应当按照规定做好创业担保贷款的发放和管理工作。",
            "重庆路、厦门路等道路沿线的停车设施由所在区统一规划管理。"};
    private static final String[] FORMS = {"办法", "细则", "规定", "通知"};

    // Composed sentences widen the vocabulary, as real bodies have far more words than any template list.
    private static final String[] ACTORS = {"各区人民政府", "市有关部门", "街道办事处", "乡镇人民政府", "社区居民委员会",
            "行业主管部门", "经办机构", "受理窗口", "各级财政部门", "审计部门", "市场主体", "用人单位", "服务机构",
            "第三方评估机构", "村民委员会", "市级相关部门", "区级主管部门", "行政执法机关"};
    private static final String[] ACTIONS = {"应当加强", "要切实做好", "负责组织", "统筹推进", "依法开展", "定期开展",
            "及时公开", "严格落实", "协同推进", "指导督促", "建立健全", "持续优化", "积极探索", "认真组织", "全面实施",
            "规范开展", "分类推进", "加快完善"};
    private static final String[] OBJECTS = {"信息公开", "数据共享", "风险防控", "绩效评价", "档案管理", "投诉处理",
            "资金监管", "人员培训", "服务质量评估", "应急处置", "信用评价", "政策宣传", "需求调查", "跟踪回访",
            "统计监测", "标准制定", "联合检查", "结果运用", "业务协同", "隐患排查"};
    private static final String[] ENDINGS = {"，确保各项措施落到实处。", "，切实维护群众合法权益。", "，不断提升群众满意度。",
            "，每年向社会公布一次。", "，并将结果纳入年度考核。", "，做到应公开尽公开。", "，形成长效工作机制。",
            "，防止出现推诿扯皮。", "，按季度报送工作进展。", "，提高服务的便利性和可及性。", "，重大情况及时报告。",
            "，主动接受社会监督。"};

    private final Random random;
    private final int count;

    private CorpusGenerator(int count, long seed) {
        this.count = count;
        this.random = new Random(seed);
    }

    /** One generated policy before it is written; {@code repealedBy} is set when a later one replaces it. */
    private static final class Doc {
        String id;
        String title;
        String docNumber;
        AgencyDef agency;
        TopicDef topic;
        String subject;
        List<String> tags = new ArrayList<>();
        LocalDate written;
        LocalDate published;
        boolean normative;
        LocalDate effective;
        LocalDate expires;
        Doc repealedBy;
        boolean withheld;
        String form;
    }

    public static void main(String[] args) throws IOException {
        int count = 10_000;
        long seed = 42;
        Path out = Path.of("bench-out/corpus");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("未知参数：" + args[i] + "（可用：--count N --seed S --out 目录）");
            }
        }
        long t0 = System.nanoTime();
        generate(out, count, seed);
        System.out.printf("已生成 %d 份政策文件到 %s（种子 %d，%.1f 秒）%n", count, out, seed, (System.nanoTime() - t0) / 1e9);
    }

    /** Writes a content folder of {@code count} policies into {@code out}, which must not exist or be empty. */
    public static void generate(Path out, int count, long seed) throws IOException {
        new CorpusGenerator(count, seed).write(out);
    }

    private void write(Path out) throws IOException {
        List<Doc> docs = plan();
        Files.createDirectories(out);
        writeSite(out);
        writeSynonyms(out);
        for (Doc d : docs) {
            writePolicy(out, d);
            // Decided after the policy, so the interpretation share does not depend on the bodies.
            if (!d.withheld && random.nextInt(100) < 40) {
                writeInterpretation(out, d);
            }
        }
    }

    private List<Doc> plan() {
        LocalDate first = LocalDate.of(2015, 1, 5);
        int span = (int) (LocalDate.of(2025, 12, 20).toEpochDay() - first.toEpochDay());
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(first.plusDays(random.nextInt(span)));
        }
        dates.sort(null);
        Map<String, Integer> serial = new HashMap<>();
        Map<String, Doc> latestNormative = new HashMap<>();
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Doc d = new Doc();
            d.id = String.format("p-%06d", i + 1);
            d.agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
            d.topic = topic(d.agency.topics()[random.nextInt(d.agency.topics().length)]);
            d.subject = d.topic.subjects()[random.nextInt(d.topic.subjects().length)];
            d.published = dates.get(i);
            d.written = d.published.minusDays(random.nextInt(15));
            d.normative = random.nextInt(100) < 30;
            d.withheld = random.nextInt(100) < 2;
            int year = d.published.getYear();
            String[] templates = d.normative ? NORMATIVE_TITLES : OTHER_TITLES;
            d.title = "（示例）" + templates[random.nextInt(templates.length)].replace("%a", d.agency.name())
                    .replace("%s", d.subject).replace("%y", String.valueOf(year));
            d.form = d.normative ? FORMS[random.nextInt(3)] : "通知";
            String series = d.agency.abbr() + (d.normative ? "规" : "发");
            int n = serial.merge(series + year, 1, Integer::sum);
            d.docNumber = series + "〔" + year + "〕" + n + "号";
            for (String tag : d.topic.tags()) {
                if (random.nextBoolean()) {
                    d.tags.add(tag);
                }
            }
            if (d.normative) {
                d.effective = d.published.plusDays(10 + random.nextInt(21));
                d.expires = random.nextInt(100) < 70 ? d.effective.plusYears(5).minusDays(1) : null;
                String key = d.agency.id() + "/" + d.subject;
                Doc older = latestNormative.put(key, d);
                if (older != null && !older.withheld && !d.withheld && random.nextInt(100) < 50
                        && (older.expires == null || older.expires.isAfter(d.effective))) {
                    older.repealedBy = d;
                }
            }
            docs.add(d);
        }
        return docs;
    }

    private static TopicDef topic(String id) {
        return TOPICS.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static void writeSite(Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Generated by gongkai.bench.CorpusGenerator: an imaginary city's portal for benchmarks.\n");
        sb.append("name: 示例市政务公开门户（基准测试语料）\n");
        sb.append("owner: 示例市人民政府办公厅（虚构，仅用于基准测试）\n");
        sb.append("contact: 本站内容为程序生成的示例，不具有任何效力\n");
        sb.append("agencies:\n");
        for (AgencyDef a : AGENCIES) {
            sb.append("  - {id: ").append(a.id()).append(", name: ").append(a.name()).append("}\n");
        }
        sb.append("topics:\n");
        for (TopicDef t : TOPICS) {
            sb.append("  - {id: ").append(t.id()).append(", name: ").append(t.name())
                    .append(t.id().equals("ylfw") || t.id().equals("shjz") ? ", featured: true" : "").append("}\n");
        }
        sb.append("tags:\n");
        for (String[] t : TAGS) {
            sb.append("  - {id: ").append(t[0]).append(", name: ").append(t[1]).append("}\n");
        }
        write(out.resolve("site.yaml"), sb.toString());
    }

    private static void writeSynonyms(Path out) throws IOException {
        write(out.resolve("search/synonyms.yaml"), "groups:\n  - [低保, 最低生活保障]\n  - [老人, 老年人]\n"
                + "  - [残疾补贴, 残疾人两项补贴]\n  - [公租房, 公共租赁住房]\n");
    }

    private void writePolicy(Path out, Doc d) throws IOException {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("---\n");
        sb.append("id: ").append(d.id).append('\n');
        sb.append("title: ").append(d.title).append('\n');
        sb.append("doc_number: ").append(d.docNumber).append('\n');
        sb.append("agency: ").append(d.agency.id()).append('\n');
        sb.append("written: ").append(d.written).append('\n');
        sb.append("published: ").append(d.published).append('\n');
        sb.append("topics: [").append(d.topic.id()).append("]\n");
        if (!d.tags.isEmpty()) {
            sb.append("tags: [").append(String.join(", ", d.tags)).append("]\n");
        }
        sb.append("kind: ").append(d.normative ? "行政规范性文件" : "其他文件").append('\n');
        sb.append("disclosure: ").append(d.withheld ? "依申请公开" : "主动公开").append('\n');
        sb.append("example: true\n");
        if (d.normative) {
            sb.append("validity:\n  effective: ").append(d.effective).append('\n');
            if (d.expires != null) {
                sb.append("  expires: ").append(d.expires).append('\n');
            }
            if (d.repealedBy != null) {
                sb.append("  status: 废止\n  since: ").append(d.repealedBy.effective).append('\n');
                sb.append("  by: ").append(d.repealedBy.id).append('\n');
            }
        }
        sb.append("---\n");
        // Stops within one sentence and the closing line (~200 bytes) of the target, so bodies stay within 2–3 KB.
        body(sb, d, 2048 + random.nextInt(3072 - 2048 - 200));
        write(out.resolve("policies/" + d.published.getYear() + "/" + d.id + ".md"), sb.toString());
    }

    /** Appends Markdown until the body reaches {@code targetBytes} of UTF-8. */
    private void body(StringBuilder sb, Doc d, int targetBytes) {
        int start = sb.length();
        sb.append("**本文为程序生成的示例文件，仅用于基准测试，不具有任何效力。**\n\n");
        sb.append(fill(OPENINGS[random.nextInt(OPENINGS.length)], d)).append("\n\n");
        int section = 0;
        while (utf8Length(sb, start) < targetBytes) {
            sb.append("## 第").append(CHINESE_NUMBERS[section % CHINESE_NUMBERS.length]).append("条 ")
                    .append(SECTIONS[section % SECTIONS.length]).append("\n\n");
            int sentences = 2 + random.nextInt(3);
            for (int i = 0; i < sentences && utf8Length(sb, start) < targetBytes; i++) {
                sb.append(sentence(d));
            }
            sb.append("\n\n");
            section++;
        }
        sb.append("本").append(d.form).append("自").append(zh(d.effective != null ? d.effective : d.published))
                .append("起施行。\n");
    }

    private String sentence(Doc d) {
        switch (random.nextInt(4)) {
            case 0:
                TopicDef other = TOPICS.get(random.nextInt(TOPICS.size()));
                String object = random.nextBoolean() ? d.subject : other.subjects()[random.nextInt(other.subjects().length)];
                return ACTORS[random.nextInt(ACTORS.length)] + ACTIONS[random.nextInt(ACTIONS.length)] + object
                        + OBJECTS[random.nextInt(OBJECTS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
            case 1:
                return ACTORS[random.nextInt(ACTORS.length)] + ACTIONS[random.nextInt(ACTIONS.length)]
                        + OBJECTS[random.nextInt(OBJECTS.length)] + "工作，" + switch (random.nextInt(3)) {
                            case 0 -> "补贴标准为每人每月" + (100 + random.nextInt(40) * 50) + "元。";
                            case 1 -> "办理期限为" + (3 + random.nextInt(28)) + "个工作日。";
                            default -> "于" + (d.published.getYear() + 1) + "年" + (1 + random.nextInt(12)) + "月底前完成。";
                        };
            default:
                return fill(SENTENCES[random.nextInt(SENTENCES.length)], d);
        }
    }

    private static final String[] CHINESE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private static String fill(String template, Doc d) {
        return template.replace("%s", d.subject).replace("%t", d.topic.name()).replace("%f", d.form);
    }

    private static int utf8Length(CharSequence s, int from) {
        int n = 0;
        for (int i = from; i < s.length(); i++) {
            n += s.charAt(i) < 0x80 ? 1 : 3;
        }
        return n;
    }

    private static String zh(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void writeInterpretation(Path out, Doc d) throws IOException {
        // 图解 and 视频 need media files; generated interpretations keep to the text forms.
        String[] forms = {"文字", "问答"};
        String form = forms[random.nextInt(forms.length)];
        String bare = d.title.substring("（示例）".length());
        String title = "（示例）" + (form.equals("问答") ? d.subject + "政策问答" : "《" + bare + "》政策解读");
        StringBuilder sb = new StringBuilder(2048);
        sb.append("---\n");
        sb.append("id: ").append(d.id).append("-jd\n");
        sb.append("title: ").append(title).append('\n');
        sb.append("policy: ").append(d.id).append('\n');
        sb.append("agency: ").append(d.agency.id()).append('\n');
        sb.append("published: ").append(d.published.plusDays(random.nextInt(3))).append('\n');
        sb.append("form: ").append(form).append('\n');
        if (form.equals("问答")) {
            sb.append("questions:\n");
            sb.append("  - {question: 谁可以申请").append(d.subject).append("？, answer: ").append(fill(SENTENCES[0], d).strip()).append("}\n");
            sb.append("  - {question: 到哪里办理？, answer: ").append(fill(SENTENCES[2], d).strip()).append("}\n");
        }
        sb.append("disclosure: 主动公开\nexample: true\n---\n");
        sb.append("**本文为程序生成的示例解读，仅用于基准测试。**\n\n");
        sb.append("## 出台背景\n\n").append(fill(OPENINGS[random.nextInt(OPENINGS.length)], d)).append("\n\n");
        sb.append("## 主要内容\n\n");
        for (int i = 0; i < 4; i++) {
            sb.append(fill(SENTENCES[random.nextInt(SENTENCES.length)], d));
        }
        sb.append("\n\n## 如何办理\n\n").append(fill(SENTENCES[2], d)).append('\n');
        write(out.resolve("interpretations/" + d.published.getYear() + "/" + d.id + "-jd.md"), sb.toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
