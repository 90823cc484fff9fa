package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.model.Disclosure;
import gongkai.model.Interpretation;
import gongkai.model.InterpretationForm;
import gongkai.model.MediaFile;
import gongkai.model.QuestionAnswer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a policy interpretation (Markdown with front matter) into an {@link Interpretation}. */
final class InterpretationReader {
    private static final Set<String> KEYS = Set.of("id", "title", "policy", "agency", "published", "form", "video",
            "images", "questions", "disclosure", "example");
    private static final Map<String, String> FORMS = new LinkedHashMap<>();
    /** The field each form needs, and no other form may use. */
    private static final Map<String, String> FORM_FIELDS = Map.of("图解", "images", "视频", "video", "问答", "questions");

    static {
        FORMS.put("文字", "文字");
        FORMS.put("图解", "图解");
        FORMS.put("视频", "视频");
        FORMS.put("问答", "问答");
    }

    private final MediaFiles media;
    private final Bodies bodies;

    InterpretationReader(MediaFiles media, Bodies bodies) {
        this.bodies = bodies;
        this.media = media;
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
        FORM_FIELDS.forEach((form, field) -> {
            if (f.has(field) && formName != null && !form.equals(formName)) {
                f.problem(field, "只有 form 为「" + form + "」的解读才能写 " + field + "。");
            }
        });
        InterpretationForm form = formName == null ? null : form(formName, f);
        boolean bodyNeeded = !"问答".equals(formName) && !"图解".equals(formName);
        if (bodyNeeded && doc.body().isBlank()) {
            problems.add(doc.file(), doc.bodyLine(), "正文", "视频".equals(formName)
                    ? "视频解读必须有文字稿。请在第二行 --- 之后写出视频的完整文字稿（解说词和画面上的文字）。"
                    : "解读正文为空。请在第二行 --- 之后写解读内容。");
        }
        boolean example = f.flag("example");
        if (id == null || title == null || policy == null || agency == null || published == null || form == null
                || disclosure == null) {
            return null;
        }
        return new Interpretation(id, title, policy, agency, published, form, disclosure, example,
                bodies.of(doc), Origins.of(doc));
    }

    private InterpretationForm form(String name, Fields f) {
        switch (name) {
            case "图解": {
                List<InterpretationForm.Image> images = new ArrayList<>();
                for (Fields i : f.children("images")) {
                    i.onlyKeys(Set.of("src", "alt", "description"));
                    MediaFile file = media.resolve(i, "src", MediaFiles.IMAGES);
                    String alt = i.text("alt", true);
                    String description = i.text("description", true);
                    if (file != null && alt != null && description != null) {
                        images.add(new InterpretationForm.Image(file, alt.strip(), description));
                    }
                }
                if (!f.has("images")) {
                    f.problem("images", "图解至少要有一张图片：请在 images 下写 src（media/ 下的图片）、alt（替代文字）"
                            + "和 description（长描述：用文字讲清图中的全部内容）。");
                }
                return images.isEmpty() ? null : new InterpretationForm.Graphic(images);
            }
            case "视频": {
                MediaFile file = media.resolve(f, "video", MediaFiles.VIDEOS);
                return file == null ? null : new InterpretationForm.Video(file);
            }
            case "问答": {
                List<QuestionAnswer> items = PolicyReader.questions(f, "questions");
                if (!f.has("questions")) {
                    f.problem("questions", "问答解读至少要有一组问答：请在 questions 下逐项写 question 和 answer。");
                }
                return items.isEmpty() ? null : new InterpretationForm.QuestionsAndAnswers(items);
            }
            default:
                return new InterpretationForm.Text();
        }
    }
}
