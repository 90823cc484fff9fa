package gongkai.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.TestSupport;
import gongkai.content.ContentLoader;
import gongkai.model.Body;
import gongkai.model.Interpretation;
import gongkai.model.Policy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's memory of checked policy files gives what checking them again gives, and only while they are unchanged. */
class SavedChecksTest {
    private static final long KEY = 0x77;

    @TempDir
    Path dir;

    private Validation validate(Path content, Path last, Path next) {
        try (SavedChecks saved = SavedChecks.start(last, KEY, next)) {
            Validation v = new Validator(null, saved).validate(new ContentLoader().load(content));
            assertTrue(saved.finish());
            return v;
        }
    }

    private static Policy policy(Validation v, String id) {
        return v.portal().policies().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyPolicyComesBackAsItWasChecked() throws ValueCodec.Unsupported {
        Validation v = new Validator().validate(new ContentLoader().load(TestSupport.CONTENT));
        assertFalse(v.portal().policies().isEmpty());
        for (Policy p : v.portal().policies()) {
            Object back = ValueCodec.read(ByteBuffer.wrap(ValueCodec.write(p)), p.origin().file());
            assertEquals(p, back, p.id());
        }
        assertEquals(v.findings(), ValueCodec.read(ByteBuffer.wrap(ValueCodec.write(v.findings())), null));
    }

    @Test
    void aRememberedBodyIsReadFromItsFileAndRefusedWhenTheFileNoLongerHoldsIt() throws IOException {
        Path file = dir.resolve("p.md");
        Files.writeString(file, "---\nid: a\n---\n正文第一段。\n", StandardCharsets.UTF_8);
        Body checked = Body.of("正文第一段。\n");
        Body back = (Body) ValueCodec.read(ByteBuffer.wrap(writeUnchecked(checked)), file);
        assertEquals(checked, back);
        assertEquals("正文第一段。\n", back.text());
        Files.writeString(file, "---\nid: a\n---\n正文改过了。\n", StandardCharsets.UTF_8);
        assertThrows(Body.Changed.class, back::text);
    }

    @Test
    void onlyThisToolsRecordsAreReadBack() {
        assertThrows(ValueCodec.Unsupported.class, () -> ValueCodec.write(Optional.of("x")));
        // A record named by a class outside the tool.
        ByteBuffer b = ByteBuffer.allocate(64).put((byte) 11).putInt(16).put("java.lang.Thread".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.read(b.flip(), null));
    }

    @Test
    void unchangedFilesAreTakenFromTheMemoryAndChangedOnesCheckedAgain() throws IOException {
        Path content = TestSupport.contentCopy(dir);
        Path first = dir.resolve("first");
        Validation full = validate(content, null, first);
        Path second = dir.resolve("second");
        Validation again = validate(content, first, second);
        assertEquals(full.portal().policies(), again.portal().policies(), "the same policies");
        assertEquals(full.portal().interpretations(), again.portal().interpretations());
        assertEquals(full.findings(), again.findings());
        assertEquals(full.problems(), again.problems());

        // Rewritten in place with the same size and time, the file passes for the one checked:
        // the memory trusts size, time and identity on disk, as the site's memory does.
        Path file = content.resolve("policies/2022/shmzj-2022-zwgk-gzyd.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, text.replace("2022年上海市民政局政务公开工作要点", "2022年上海市民政局政务公开工作计划"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);
        assertEquals(policy(full, "shmzj-2022-zwgk-gzyd"), policy(validate(content, second, dir.resolve("third")), "shmzj-2022-zwgk-gzyd"));

        // Edited as people edit, it is read and checked again.
        Files.writeString(file, text.replace("2022年上海市民政局政务公开工作要点", "2022年上海市民政局政务公开工作计划"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));
        Validation edited = validate(content, dir.resolve("third"), dir.resolve("fourth"));
        assertTrue(policy(edited, "shmzj-2022-zwgk-gzyd").title().contains("工作计划"));

        // A file with an error is never remembered: it is reported every time.
        Files.writeString(file, text.replace("\ntitle: ", "\ntitel: "), StandardCharsets.UTF_8);
        assertFalse(validate(content, dir.resolve("fourth"), dir.resolve("fifth")).problems().isEmpty());
        assertFalse(validate(content, dir.resolve("fifth"), dir.resolve("sixth")).problems().isEmpty());
    }

    @Test
    void interpretationsAreRememberedExceptThoseShowingMedia() throws IOException {
        Path content = TestSupport.contentCopy(dir);
        Path first = dir.resolve("first");
        Validation full = validate(content, null, first);
        assertTrue(full.problems().isEmpty(), full.problems().toString());
        // A text interpretation rewritten in place with the same size and time passes for the one checked.
        Path text = content.resolve("interpretations/examples/example-ylbt-2024-wz.md");
        String wz = Files.readString(text, StandardCharsets.UTF_8);
        FileTime time = Files.getLastModifiedTime(text);
        Files.writeString(text, wz.replace("养老服务补贴申领管理办法》政策解读", "养老服务补贴申领管理办法》政策说明"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(text, time);
        // A picture the 图解 shows is taken away: that interpretation is checked again, and fails.
        Files.delete(content.resolve("media/example-ylbt-2024-tujie.svg"));
        Validation next = validate(content, first, dir.resolve("second"));
        assertEquals(interpretation(full, "example-ylbt-2024-wz"), interpretation(next, "example-ylbt-2024-wz"));
        assertTrue(next.problems().stream().anyMatch(p -> p.file().toString().endsWith("example-ylbt-2024-jd.md")), next.problems().toString());
    }

    private static Interpretation interpretation(Validation v, String id) {
        return v.portal().interpretations().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aMemoryOfAnotherVersionOrSiteYamlIsNotUsed() {
        Path content = TestSupport.contentCopy(dir);
        Path first = dir.resolve("first");
        validate(content, null, first);
        try (SavedChecks other = SavedChecks.start(first, KEY + 1, dir.resolve("other"))) {
            Path file = content.resolve("policies/2022/shmzj-2022-zwgk-gzyd.md");
            assertEquals(null, other.find(file, new ContentLoader().load(content).policies().version(file)));
        }
    }

    private static byte[] writeUnchecked(Object value) {
        try {
            return ValueCodec.write(value);
        } catch (ValueCodec.Unsupported e) {
            throw new AssertionError(e);
        }
    }
}
