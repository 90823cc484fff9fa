package gongkai.rules;

import gongkai.content.Problems;
import gongkai.content.SourceDoc;
import gongkai.model.Disclosure;
import gongkai.model.Reply;
import java.time.LocalDate;
import java.util.Set;

/** Reads a published reply to a reader's message (留言选登): Markdown whose body is the 答复内容. */
final class ReplyReader {
    private static final Set<String> KEYS = Set.of("id", "policy", "asked", "message", "replied", "agency", "simple",
            "disclosure", "example");

    private final Bodies bodies;

    ReplyReader(Bodies bodies) {
        this.bodies = bodies;
    }

    Reply read(SourceDoc doc, Problems problems) {
        Fields f = new Fields(doc.file(), doc.meta(), problems);
        f.onlyKeys(KEYS);
        String id = f.id("id", true);
        String policy = f.id("policy", true);
        LocalDate asked = f.date("asked", true);
        String message = f.text("message", true);
        LocalDate replied = f.date("replied", true);
        String agency = f.id("agency", true);
        Disclosure disclosure = f.choice("disclosure", PolicyReader.DISCLOSURES, true);
        if (asked != null && replied != null && replied.isBefore(asked)) {
            f.problem("replied", "答复时间 " + replied + " 早于留言时间 " + asked + "。请核对两个日期。");
        }
        if (doc.body().isBlank()) {
            problems.add(doc.file(), doc.bodyLine(), "正文", "答复内容为空。请在第二行 --- 之后写答复内容。");
        }
        if (id == null || policy == null || asked == null || message == null || replied == null || agency == null
                || disclosure == null) {
            return null;
        }
        return new Reply(id, policy, asked, message.strip(), replied, agency, f.flag("simple"), bodies.of(doc), disclosure,
                f.flag("example"), Origins.of(doc));
    }
}
