package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderMemoTest {
    /** Inputs built anew each time, as a build does: equal values, other objects. */
    private static RenderMemo.Inputs policy(String body) {
        return new RenderMemo.Inputs("catalogue.ftlh", "示例文件", "示例文件", "policies", new Views.Catalogue("政策文件",
                new String(body), List.of(new Views.Entry("policies/a/index.html", "示例机构", 1))));
    }

    @Test
    void aPreviewAndABuildBothRenderOnlyPagesWhoseInputsChanged() {
        for (RenderMemo first : List.of(new RenderMemo(), RenderMemo.fingerprinting())) {
            assertFalse(first.same("policies/a/index.html", policy("正文"), 0), "nothing remembered yet");
            assertFalse(first.same("policies/b/index.html", policy("正文"), 0));
            RenderMemo second = first.next();
            assertTrue(second.same("policies/a/index.html", policy("正文"), 0), "equal inputs, other objects");
            assertFalse(second.same("policies/b/index.html", policy("正文（修订）"), 0));
            assertFalse(second.same("policies/c/index.html", policy("正文"), 0), "a new page");
        }
    }

    @Test
    void aSavedMemoTrustsOnlyPagesWhoseFilesInBothEditionsAreIntact() {
        RenderMemo build = RenderMemo.fingerprinting();
        build.same("policies/a/index.html", policy("正文"), 0);
        build.same("policies/b/index.html", policy("正文"), 0);
        Map<String, Long> saved = build.fingerprints();
        assertEquals(Set.of("policies/a/index.html", "policies/b/index.html"), saved.keySet());
        Set<String> intact = Set.of("policies/a/index.html", "care/policies/a/index.html", "policies/b/index.html");
        RenderMemo restored = RenderMemo.restore(saved, Map.of(), intact::contains);
        assertTrue(restored.same("policies/a/index.html", policy("正文"), 0));
        assertFalse(restored.same("policies/b/index.html", policy("正文"), 0), "its care edition was changed since");
        assertEquals(Map.of(), new RenderMemo().fingerprints(), "a preview's memo keeps inputs, not fingerprints");
    }

    @Test
    void aPageWhoseViewCannotBeFingerprintedIsAlwaysRendered() {
        RenderMemo build = RenderMemo.fingerprinting();
        RenderMemo.Inputs odd = new RenderMemo.Inputs("home.ftlh", "首页", "首页", "home", new StringBuilder("视图"));
        assertFalse(build.same("index.html", odd, 0));
        assertFalse(build.next().same("index.html", odd, 0));
        assertEquals(Map.of(), build.fingerprints());
    }

    @Test
    void aPageWithTheLastBuildsQuickKeyKeepsItsInputsUnbuilt() {
        RenderMemo build = RenderMemo.fingerprinting();
        build.same("policies/a/index.html", policy("正文"), 41);
        build.same("policies/b/index.html", policy("正文"), 42);
        build.same("policies/c/index.html", policy("正文"), 0);
        assertEquals(Map.of("policies/a/index.html", 41L, "policies/b/index.html", 42L), build.quickKeys());
        Set<String> intact = Set.of("policies/a/index.html", "care/policies/a/index.html", "policies/c/index.html",
                "care/policies/c/index.html");
        RenderMemo restored = RenderMemo.restore(build.fingerprints(), build.quickKeys(), intact::contains);
        assertTrue(restored.sameQuick("policies/a/index.html", 41));
        assertFalse(restored.sameQuick("policies/b/index.html", 42), "its files were changed since");
        assertFalse(restored.sameQuick("policies/c/index.html", 0), "no quick key");
        assertTrue(restored.same("policies/c/index.html", policy("正文"), 43));
        RenderMemo next = RenderMemo.restore(restored.fingerprints(), restored.quickKeys(), path -> true);
        assertTrue(next.same("policies/a/index.html", policy("正文"), 0), "kept unbuilt, its inputs carried over");
        assertTrue(next.sameQuick("policies/c/index.html", 43));
        assertFalse(next.sameQuick("policies/a/index.html", 44), "another key");
    }
}
