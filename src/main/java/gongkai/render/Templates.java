package gongkai.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The Freemarker setup: HTML auto-escaping on, no {@code ?new} or {@code ?api}, no localized
 * lookups, templates only from the templates folder. Settings follow the project's security notes.
 */
public final class Templates {
    private final Configuration config;

    /** Thrown when a template fails; the message names the template and line. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Templates(Path dir) {
        try {
            Configuration c = new Configuration(Configuration.VERSION_2_3_35);
            c.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
            c.setLocalizedLookup(false);
            c.setDefaultEncoding("UTF-8");
            c.setOutputEncoding("UTF-8");
            c.setLocale(Locale.SIMPLIFIED_CHINESE);
            c.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
            c.setOutputFormat(HTMLOutputFormat.INSTANCE);
            c.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
            c.setRecognizeStandardFileExtensions(true);
            c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
            c.setAPIBuiltinEnabled(false);
            c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            c.setLogTemplateExceptions(false);
            c.setWrapUncheckedExceptions(true);
            c.setFallbackOnNullLoopVariable(false);
            c.setNumberFormat("computer");
            c.setObjectWrapper(new ViewWrapper());
            this.config = c;
        } catch (IOException e) {
            throw new UncheckedIOException("模板目录不可用：" + dir, e);
        }
    }

    /** Freemarker's default wrapping, but {@link Html} is its text, made when a template reads it. */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        ViewWrapper() {
            super(Configuration.VERSION_2_3_35);
        }

        @Override
        protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
            return obj instanceof Html h ? new SimpleScalar(h.html()) : super.handleUnknownType(obj);
        }
    }

    public void render(String name, Object model, Writer out) {
        try {
            Template t = config.getTemplate(name);
            t.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateFailure("模板 " + e.getTemplateSourceName() + " 第 " + e.getLineNumber() + " 行出错："
                    + withoutTips(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            ParseException syntax = syntaxError(e);
            if (syntax != null) {
                throw new TemplateFailure("模板 " + syntax.getTemplateName() + " 第 " + syntax.getLineNumber() + " 行有语法错误："
                        + withoutTips(syntax.getEditorMessage()), e);
            }
            throw new TemplateFailure("无法读取模板 " + name + "：" + e.getMessage(), e);
        }
    }

    /** The syntax error behind a failed load: thrown directly, or as the cause on later attempts. */
    private static ParseException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException p) {
                return p;
            }
        }
        return null;
    }

    /** Freemarker's message up to its generic tips, on one line. */
    private static String withoutTips(String message) {
        String m = message == null ? "" : message;
        int tips = m.indexOf("\n----");
        return (tips < 0 ? m : m.substring(0, tips)).replaceAll("\\s*\n\\s*", " ").strip();
    }
}
