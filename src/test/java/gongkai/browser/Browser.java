package gongkai.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.OperationNotSupportedException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven through {@code chromedriver}) for
 * browser tests. Nothing is downloaded: both binaries come from the system, as installed by
 * {@code scripts/test.sh}.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Map<String, String> SCRIPTS = new ConcurrentHashMap<>();

    private final ChromeDriver driver;
    private final Path profile;
    /** Whether axe-core's script is loaded into every page this browser opens (from the first {@link #axe} on). */
    private boolean axeOnEveryPage;

    private Browser(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("浏览器测试需要 " + CHROMIUM + " 和 " + CHROMEDRIVER
                    + "：请用 bash scripts/test.sh 运行测试，它会安装 Debian 的 chromium 和 chromium-driver。");
        }
        try {
            profile = Files.createTempDirectory("gongkai-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags keep Chromium off the network (this machine has none) and quiet in CI.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Starts a browser whose window is {@code width} × {@code height} CSS pixels. */
    public static Browser start(int width, int height) {
        return new Browser(width, height);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Sends a Chrome DevTools Protocol command, for what WebDriver has no call for. */
    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /**
     * Lays pages out on a screen {@code width} × {@code height} CSS px at {@code zoom} device
     * pixels per CSS px. Browser zoom works the same way: a 1280 px window at 200% zoom is a
     * 640 px screen at zoom 2.
     */
    public void emulateScreen(int width, int height, double zoom) {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", zoom, "mobile", false));
    }

    /** Back to the window's own size after {@link #emulateScreen}. */
    public void resetScreen() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Runs axe-core on the open page as {@code axe} is set up. From the first call on, axe's script
     * (the one the library ships) is loaded into every page this browser opens, through DevTools
     * before the page's own scripts, rather than sent over WebDriver for each page; and the
     * library's one-pass runner runs it: its default one opens and closes a second window for each
     * page, for frames from other origins, which no page here has. Together a third of the time
     * per page (0.3 s against 1.0 s, 20 pages of the example site), with the same results.
     */
    public Results axe(AxeBuilder axe) {
        String script = AxeScript.TEXT;
        if (!axeOnEveryPage) {
            cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
            axeOnEveryPage = true;
        }
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(script);
        }
        axe.setLegacyMode(true);
        axe.setInjectAxe(d -> {}, false);
        return axe.analyze(driver);
    }

    /** axe-core's script, read once. */
    private static final class AxeScript {
        static final String TEXT = read();

        private static String read() {
            try {
                return new EmbeddedResourceAxeProvider().getScript();
            } catch (IOException | OperationNotSupportedException e) {
                throw new IllegalStateException("axe-core's script could not be read", e);
            }
        }
    }

    /** Runs the script {@code name} from the test resources folder gongkai/browser/ on the open page. */
    public Object runScript(String name, Object... args) {
        return driver.executeScript(script(name), args);
    }

    /** The text of the script {@code name} in the test resources folder gongkai/browser/. */
    public static String script(String name) {
        return SCRIPTS.computeIfAbsent(name, Browser::readScript);
    }

    /** Presses keys as a keyboard user would, on whatever has the focus. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private static String readScript(String name) {
        try (InputStream in = Browser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test script gongkai/browser/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            gongkai.TestSupport.deleteTree(profile);
        }
    }
}
