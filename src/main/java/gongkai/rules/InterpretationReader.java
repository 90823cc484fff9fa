package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.model.Disclosure;
import gongkai.model.Interpretation;
import gongkai.model.InterpretationForm;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads a policy interpretation (Markdown with front matter) into an {@link Interpretation}. */
final class InterpretationReader {
    private static final Set<String> KEYS = Set.of("id", "title", "policy", "agency", "published", "form", "video",
            "disclosure", "example");
    private static final Map<String, String> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("文字", "文字");
        FORMS.put("图解", "图解");
        FORMS.put("视频", "视频");
        FORMS.put("问答", "问答");
    }

    Interpretation read(SourceDoc doc, Problems problems) {
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        f.onlyKeys(KEYS);
        String id = f.id("id", true);
        String title = f.text("title", true);
        String policy = f.id("policy", true);
        String agency = f.id("agency", true);
        LocalDate published = f.date("published", true);
        String formName = f.choice("form", FORMS, true);
        Disclosure disclosure = f.choice("disclosure", PolicyReader.DISCLOSURES, true);
        InterpretationForm form = null;
        if (formName != null) {
            switch (formName) {
                case "图解":
                    form = new InterpretationForm.Graphic();
                    break;
                case "视频":
                    String src = f.text("video", true);
                    form = src == null ? null : new InterpretationForm.Video(src);
                    break;
                case "问答":
                    form = new InterpretationForm.QuestionsAndAnswers();
                    break;
                default:
                    form = new InterpretationForm.Text();
            }
        }
        if (doc.body().isBlank()) {
            problems.add(doc.file(), doc.bodyLine(), "正文", "解读正文为空。请在第二行 --- 之后写解读内容"
                    + "（视频解读请写文字稿）。");
        }
        boolean example = f.flag("example");
        if (id == null || title == null || policy == null || agency == null || published == null || form == null
                || disclosure == null) {
            return null;
        }
        return new Interpretation(id, title, policy, agency, published, form, disclosure, example,
                doc.body(), Origins.of(doc));
    }
}
