package tr.gov.goc.kurul.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driving Camunda Tasklist as a user: log in, open a task by its name, fill a Camunda Form
 * (form-js) by field labels, complete it, take screenshots (target/screenshots/NAME.png).
 *
 * <p>Uses the system's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages chromium and
 * chromium-driver, installed by .ci/run); never downloads a browser. Missing browser: with CI=true the test fails,
 * otherwise it is skipped with a message. Waits are explicit (no sleeps).
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String CHROMIUM = env("KURUL_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("KURUL_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    // Kurul's Tasklist shows and reads dates as GG.AA.YYYY whatever the browser's language (kurul-tasklist.js)
    private static final DateTimeFormatter TURKISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** axe-core, installed by .ci/run (.ci/axe/package.json). */
    private static final Path AXE = Paths.get(".ci", "axe", "node_modules", "axe-core", "axe.min.js");

    /** The language the browser is set to (a shared office machine may well be English). */
    public enum Language {
        ENGLISH("en-US"), TURKISH("tr-TR");

        final String tag;

        Language(String tag) {
            this.tag = tag;
        }
    }

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final int port;

    private Browser(int port, Language language) {
        this.port = port;
        try {
            this.profile = Files.createTempDirectory("kurul-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1800", "--lang=" + language.tag);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language.tag));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                // the webapps show times in the browser's zone: the boards' zone, whatever the machine's
                .withEnvironment(java.util.Map.of("TZ", "Europe/Istanbul")).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(new Dimension(1400, 1800));
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Starts an English-language browser for the test server on this port; skips (or, with CI=true, fails) without Chromium. */
    public static Browser start(int port) {
        return start(port, Language.ENGLISH);
    }

    /** Starts a browser set to this language. */
    public static Browser start(int port, Language language) {
        requireChromium();
        return new Browser(port, language);
    }

    /** What the browser says its language is (navigator.language). */
    public String language() {
        return (String) ((JavascriptExecutor) driver).executeScript("return navigator.language");
    }

    static void requireChromium() {
        boolean present = Files.isExecutable(Paths.get(CHROMIUM)) && Files.isExecutable(Paths.get(CHROMEDRIVER));
        if (present) {
            return;
        }
        String message = "Chromium yok (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " — CI=true iken tarayıcı testleri atlanamaz.");
        }
        Assumptions.abort(message + " — tarayıcı testleri atlandı (CI=true ile başarısız sayılır).");
    }

    public WebDriver driver() {
        return driver;
    }

    // ---------------------------------------------------------------- Tasklist

    /** Logs in on Tasklist's login page and waits for the task list. */
    public Browser loginToTasklist(String user, String password) {
        logIn("tasklist", user, password, By.cssSelector(".tasks-list"));
        return this;
    }

    /** Logs in on Cockpit's login page and waits for Cockpit's header. */
    public Browser loginToCockpit(String user, String password) {
        logIn("cockpit", user, password, By.cssSelector(".navbar-brand"));
        return this;
    }

    /** Logs in on the login page of one of Camunda's apps (tasklist, cockpit, admin, welcome) and waits for its header. */
    public Browser loginTo(String app, String user, String password) {
        logIn(app, user, password, null);
        awaitQuiet();
        return this;
    }

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

    /**
     * Fills the app's login form and waits until the form is gone (and, if given, the app's own element shows). On a
     * loaded two-core machine the first app page now and then does not come up in time; the page is then reloaded once
     * — logging in again only if the form is back — and a second failure leaves a screenshot and the page's text.
     */
    private void logIn(String app, String user, String password, By ready) {
        driver.get(url("/camunda/app/" + app + "/default/"));
        fillLoginForm(user, password);
        try {
            awaitLoggedIn(ready);
        } catch (org.openqa.selenium.TimeoutException first) {
            Path shot = screenshot("login-slow-" + app + "-" + user);
            System.err.println("[Browser] " + app + " girişten sonra " + WAIT.toSeconds() + " sn içinde açılmadı ("
                    + shot + "); sayfa yeniden yükleniyor.");
            driver.navigate().refresh();
            wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(USERNAME),
                    ready == null ? ExpectedConditions.invisibilityOfElementLocated(PASSWORD)
                            : ExpectedConditions.visibilityOfElementLocated(ready)));
            if (!driver.findElements(USERNAME).isEmpty() && driver.findElement(USERNAME).isDisplayed()) {
                fillLoginForm(user, password);
            }
            try {
                awaitLoggedIn(ready);
            } catch (org.openqa.selenium.TimeoutException second) {
                Path again = screenshot("login-failed-" + app + "-" + user);
                throw new AssertionError(user + " " + app + " uygulamasına giriş yapamadı (" + again + "); sayfada: "
                        + driver.findElement(By.tagName("body")).getText(), second);
            }
        }
    }

    private void fillLoginForm(String user, String password) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        name.clear();
        name.sendKeys(user);
        WebElement secret = driver.findElement(PASSWORD);
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private void awaitLoggedIn(By ready) {
        if (ready != null) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(ready));
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(PASSWORD));
    }

    /** Opens a page of the webapps (path and #route) and waits until it has stopped loading. */
    public Browser visit(String path) {
        driver.get(url(path));
        awaitQuiet();
        return this;
    }

    /** Clicks what the selector finds (if it is there) and waits until the page has stopped loading. */
    public Browser clickIfPresent(String cssSelector) {
        List<WebElement> found = driver.findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed).toList();
        if (!found.isEmpty()) {
            click(found.get(0));
            awaitQuiet();
        }
        return this;
    }

    /**
     * Waits until the page has loaded and made no new request for three polls in a row (Angular's calls to the
     * engine API are all answered): the number of resources the page fetched stops growing.
     */
    public void awaitQuiet() {
        long[] last = {-1};
        int[] stable = {0};
        new WebDriverWait(driver, WAIT, Duration.ofMillis(400)).until(d -> {
            Object count = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' ? performance.getEntriesByType('resource').length : -1;");
            long now = count instanceof Number n ? n.longValue() : -1;
            stable[0] = now >= 0 && now == last[0] ? stable[0] + 1 : 0;
            last[0] = now;
            return stable[0] >= 3;
        });
    }

    /** Clicks a filter of Tasklist's filter list by its name and waits until it is the selected one. */
    public Browser selectFilter(String filterName) {
        By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[starts-with(normalize-space(.),"
                + xpathLiteral(filterName) + ")]]");
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(filter));
        item.findElement(By.cssSelector("h4.name a")).click();
        wait.until(d -> d.findElement(filter).getAttribute("class").contains("active"));
        return this;
    }

    /** The filter names Tasklist lists, in its order. */
    public List<String> filterNames() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4.name a")));
        return driver.findElements(By.cssSelector(".task-filter")).stream().filter(WebElement::isDisplayed)
                .map(f -> f.findElement(By.cssSelector("h4.name a")).getText().replaceAll("\\s+\\d+$", "").trim()).toList();
    }

    /** The task names the selected filter lists now. */
    public List<String> taskNames() {
        return driver.findElements(By.cssSelector("li.task h4 a")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getText().trim()).toList();
    }

    /** Everything the window shows as text now (for checks such as "no English label"). */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Opens the first task with this name in the filter's list, claims it if nobody has, and waits for its form. */
    public Form openTask(String taskName) {
        By task = By.xpath("//li[contains(@class,'task')]//h4//a[normalize-space(.)=" + xpathLiteral(taskName) + "]");
        // the list is loaded when the page is; reload it as a user would to see a task created since
        driver.navigate().refresh();
        // a long list (and the meetings' progress above it) may put the task under the footer: scroll it to the middle
        click(wait.until(ExpectedConditions.presenceOfElementLocated(task)));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".task-card h2.task"), taskName));
        return claimAndWaitForForm();
    }

    /** Opens a task directly by its id (Tasklist's own deep link). */
    public Form openTaskById(String taskId) {
        driver.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
        return claimAndWaitForForm();
    }

    /** Nobody clicks "Üstlen": opening a task the user may work claims it (kurul-tasklist.js); this waits for that. */
    private Form claimAndWaitForForm() {
        By claim = By.cssSelector(".task-card button.claim");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card h2.task")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        return new Form(this, form);
    }

    /** The "Toplantıların durumu" panel above the task list (secretariat, chair's office, managers), waited for. */
    public String meetingProgress() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kurul-progress"))).getText();
    }

    /** Whether Tasklist shows an "Üstlen" (claim) button on the open task now. */
    public boolean claimButtonShown() {
        return driver.findElements(By.cssSelector(".task-card button.claim")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The name of the filter Tasklist has selected. */
    public String selectedFilter() {
        WebElement active = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter.active h4.name a")));
        return active.getText().replaceAll("\\s+\\(?\\d+\\)?$", "").trim();
    }

    /** The confirmation Kurul shows after a task was completed ("Görev tamamlandı: …"), waited for. */
    public String awaitConfirmation() {
        By banner = By.cssSelector(".kurul-banner.kurul-banner-success");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(banner)).getText().replace("Kapat", "").trim();
    }

    /** A refusal of the server as Kurul shows it: its text and the label of the field it stands beside (or null). */
    public record Refusal(String text, String fieldLabel) {
    }

    /** Waits for the refusal shown after "Tamamla" and returns it. */
    public Refusal awaitRefusal() {
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kurul-refusal")));
        String label = (String) ((JavascriptExecutor) driver).executeScript(
                "var f = arguments[0].closest('.fjs-form-field');"
                        + "var l = f && f.querySelector('label.fjs-form-field-label');"
                        + "return l ? l.textContent.replace(/\\*/g, '').trim() : null;", shown);
        return new Refusal(shown.getText().trim(), label);
    }

    /** Whether an element (e.g. a refusal) overlaps the "Tamamla" button on the screen. */
    public boolean coversCompleteButton(String cssSelector) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var b = document.querySelector(\"button[ng-click='complete()']\").getBoundingClientRect();"
                        + "return Array.from(document.querySelectorAll(arguments[0])).filter(function (e) { return e.offsetParent; })"
                        + ".some(function (e) { var r = e.getBoundingClientRect();"
                        + " return r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top; });", cssSelector);
    }

    // ---------------------------------------------------------------- accessibility (axe-core)

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page, or inside the first iframe matching
     * {@code frameSelector} when given, and returns its serious and critical violations, each as
     * "rule: help (selector …)". With {@code kurulsParts}, only those parts of the page are checked (what Kurul
     * controls, e.g. the form inside Camunda's Tasklist); without, the whole page.
     */
    public List<String> accessibilityViolations(String frameSelector, String... kurulsParts) {
        String axe;
        try {
            axe = Files.readString(AXE);
        } catch (IOException e) {
            throw new AssertionError("axe-core yok (" + AXE + "): .ci/run kurar (cd .ci/axe && npm ci)", e);
        }
        if (frameSelector != null) {
            driver.switchTo().frame(driver.findElement(By.cssSelector(frameSelector)));
        }
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; var parts = arguments[0];"
                            + "var context = parts.length ? { include: parts.filter(function (s) { return document.querySelector(s); })"
                            + "   .map(function (s) { return [s]; }) } : document;"
                            + "axe.run(context,"
                            + " { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })"
                            + ".then(function (r) { done(r.violations.filter(function (v) {"
                            + "   return v.impact === 'serious' || v.impact === 'critical'; })"
                            + " .map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 5).map(function (n) {"
                            + "   return n.target.join(' '); }).join(', ') + ')'; })); })"
                            + ".catch(function (e) { done(['axe hata: ' + e]); });", List.of(kurulsParts));
            return found;
        } finally {
            if (frameSelector != null) {
                driver.switchTo().defaultContent();
            }
        }
    }

    /** Opens a page of the test server (path from the root). */
    public Browser open(String path) {
        driver.get(url(path));
        return this;
    }

    /** Tasklist's notifications and Kurul's refusals shown now, each as its visible text. */
    public List<String> notifications() {
        return driver.findElements(By.cssSelector(".notifications .alert, .page-notifications .alert, .kurul-refusal")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getText().replaceAll("\\s+", " ").trim()).toList();
    }

    /** Saves a screenshot of the window to target/screenshots/NAME.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }

    /** Scrolls an element to the middle of the window (off the sticky footer), waits until it is enabled, clicks. */
    void click(WebElement element) {
        for (int attempt = 0; ; attempt++) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
            try {
                wait.until(ExpectedConditions.elementToBeClickable(element)).click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                // the page moved under the pointer (a panel loaded above it): scroll again and retry
                if (attempt == 3) { // still under Tasklist's fixed footer: a user would scroll the list; click it as they would
                    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
                    return;
                }
                pauseBriefly();
            }
        }
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    WebDriverWait await() {
        return wait;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    // ---------------------------------------------------------------- Camunda Forms

    /**
     * A Camunda Form (form-js) or a part of it (a row of a dynamic list). Fields are found by their visible label
     * (the required marker "*" is ignored); options of a checklist, radio, select or tag list by their label.
     */
    public static final class Form {

        private final Browser browser;
        private final SearchContext scope;

        Form(Browser browser, SearchContext scope) {
            this.browser = browser;
            this.scope = scope;
        }

        /** Types into a text field, text area or number field, replacing what is there. */
        public Form text(String label, String value) {
            // a field that has just appeared (conditional) may be re-rendered right after the first keys: check, retype
            for (int attempt = 0; attempt < 5; attempt++) {
                WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
                erase(input);
                input.sendKeys(value);
                pause(150);
                String typed = field(label).findElement(By.cssSelector("input, textarea")).getAttribute("value");
                if (typed != null && typed.replace("\r\n", "\n").equals(value)) {
                    break;
                }
            }
            return this;
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Empties a field as a user would (select all, delete); leaves an empty field untouched. */
        public Form erase(String label) {
            erase(field(label).findElement(By.cssSelector("input, textarea")));
            return this;
        }

        // not WebElement#clear(): it fires a change to "" first, which a required field reports as an error
        private static void erase(WebElement input) {
            if (!input.getAttribute("value").isEmpty()) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            }
        }

        /** Leaves a field with Tab, as a user does (form-js shows a field's messages when it is left). */
        public Form leave(String label) {
            field(label).findElement(By.cssSelector("input, textarea")).sendKeys(Keys.TAB);
            return this;
        }

        public Form number(String label, Number value) {
            return text(label, String.valueOf(value));
        }

        /** A date of a datetime field (subtype date): typed as a Turkish user writes it (GG.AA.YYYY), committed with Enter. */
        public Form date(String label, LocalDate date) {
            return typeDate(label, TURKISH_DATE.format(date));
        }

        /** Types this text into a date field as a user would and commits it with Enter. */
        public Form typeDate(String label, String typed) {
            WebElement input = field(label).findElement(By.cssSelector("input"));
            erase(input);
            input.sendKeys(typed);
            input.sendKeys(Keys.ENTER);
            return this;
        }

        /** What Kurul says under a date field about the day it holds ("Seçilen gün: 2 Ocak 2027 Cumartesi."). */
        public String dateReading(String label) {
            By note = By.cssSelector(".kurul-date-readback");
            browser.await().until(d -> !field(label).findElements(note).isEmpty());
            return field(label).findElement(note).getText().trim();
        }

        /** The placeholder of a field's input. */
        public String placeholder(String label) {
            return field(label).findElement(By.cssSelector("input, textarea")).getAttribute("placeholder");
        }

        public Form checkbox(String label, boolean checked) {
            WebElement box = field(label).findElement(By.cssSelector("input[type='checkbox']"));
            if (box.isSelected() != checked) {
                box.click();
            }
            return this;
        }

        /** Ticks exactly these options of a checklist (and unticks the others). */
        public Form checklist(String label, String... options) {
            List<String> wanted = List.of(options);
            WebElement field = field(label);
            List<WebElement> inputs = field.findElements(By.cssSelector("input[type='checkbox']"));
            if (inputs.isEmpty()) {
                throw new AssertionError("'" + label + "' seçeneksiz gösteriliyor");
            }
            for (WebElement option : field.findElements(By.cssSelector(".fjs-form-field-label, label"))) {
                List<WebElement> box = option.findElements(By.cssSelector("input[type='checkbox']"));
                if (box.size() == 1 && box.get(0).isSelected() != wanted.contains(option.getText().trim())) {
                    box.get(0).click();
                }
            }
            return this;
        }

        public Form radio(String label, String option) {
            WebElement field = field(label);
            field.findElement(By.xpath(".//label[normalize-space(.)=" + xpathLiteral(option) + "]//input")).click();
            return this;
        }

        public Form select(String label, String option) {
            WebElement field = field(label);
            field.findElement(By.cssSelector(".fjs-select-display, input.fjs-input")).click();
            pick(field, option);
            return this;
        }

        /** Adds these options to a tag list: types each and picks it from the drop-down. */
        public Form tags(String label, String... options) {
            WebElement field = field(label);
            for (String option : options) {
                WebElement input = field.findElement(By.cssSelector("input.fjs-taglist-input"));
                input.click();
                input.sendKeys(option);
                pick(field, option);
            }
            return this;
        }

        private void pick(WebElement field, String option) {
            By item = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)="
                    + xpathLiteral(option) + "]");
            browser.await().until(d -> field.findElements(item).stream().anyMatch(WebElement::isDisplayed));
            field.findElement(item).click();
        }

        /** Clicks "add" of a dynamic list and returns its last row. */
        public Form addRow(String listLabel) {
            WebElement list = list(listLabel);
            int before = rows(list).size();
            list.findElement(By.cssSelector(".fjs-repeat-render-add")).click();
            browser.await().until(d -> rows(list).size() > before);
            return new Form(browser, rows(list).get(rows(list).size() - 1));
        }

        /** A row (0-based) of a dynamic list. */
        public Form row(String listLabel, int index) {
            return new Form(browser, rows(list(listLabel)).get(index));
        }

        public int rowCount(String listLabel) {
            return rows(list(listLabel)).size();
        }

        private static List<WebElement> rows(WebElement list) {
            return list.findElements(By.cssSelector(".fjs-repeat-row-container"));
        }

        private WebElement list(String label) {
            return scope.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-dynamiclist')][./label[normalize-space(.)="
                    + xpathLiteral(label) + "]]"));
        }

        /** The current value of a text-like field (what the user sees in it). */
        public String value(String label) {
            return field(label).findElement(By.cssSelector("input, textarea")).getAttribute("value");
        }

        public boolean isShown(String label) {
            return !fields(label).isEmpty();
        }

        /** The validation messages shown under a field. */
        public List<String> errors(String label) {
            return field(label).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                    .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
        }

        /** The visible text of the whole form (or row). */
        public String text() {
            return scope instanceof WebElement e ? e.getText() : browser.driver.findElement(By.cssSelector(".fjs-form")).getText();
        }

        /** Clicks Tasklist's "Complete" button; call {@link Browser#awaitCompleted()} or look at the notifications. */
        public Browser complete() {
            browser.click(browser.driver.findElement(By.cssSelector("button[ng-click='complete()']")));
            return browser;
        }

        private WebElement field(String label) {
            List<WebElement> found = fields(label);
            if (found.isEmpty()) {
                throw new AssertionError("Formda '" + label + "' etiketli alan yok");
            }
            return found.get(0);
        }

        private List<WebElement> fields(String label) {
            // a field's own label (a datetime's sits deeper; a checkbox's wraps the input); "*" marks required
            return scope.findElements(By.xpath(".//div[contains(concat(' ',normalize-space(@class),' '),' fjs-form-field ')]"
                    + "[not(contains(@class,'fjs-form-field-grouplike'))]"
                    + "[.//label[contains(@class,'fjs-form-field-label')][normalize-space(translate(.,'*',''))="
                    + xpathLiteral(label) + "]]"));
        }
    }

    // ---------------------------------------------------------------- completion

    /** Waits until Tasklist shows a notification after "Complete" and returns the notifications' texts. */
    public List<String> awaitNotification() {
        wait.until(d -> !notifications().isEmpty());
        return notifications();
    }

    /** Closes Tasklist's notifications with their "×", as a user does before clicking what they cover. */
    public Browser dismissNotifications() {
        By close = By.cssSelector(".notifications .alert .close, .page-notifications .alert .close");
        driver.findElements(close).stream().filter(WebElement::isDisplayed).forEach(WebElement::click);
        wait.until(d -> d.findElements(By.cssSelector(".notifications .alert, .page-notifications .alert")).stream()
                .noneMatch(WebElement::isDisplayed));
        return this;
    }

    /** Whether Tasklist's "Complete" button can be clicked now (after Angular has caught up with the form). */
    public boolean completeEnabled() {
        By complete = By.cssSelector("button[ng-click='complete()']");
        // Tasklist updates the button in its next digest: give it that moment, then read it
        try {
            new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.elementToBeClickable(complete));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** What Tasklist's "Save" stored in the browser for the open task (form-js's submit data), or null. */
    public com.fasterxml.jackson.databind.JsonNode savedFormData() {
        click(driver.findElement(By.cssSelector("button[ng-click='save($event)']")));
        String saved = (String) ((JavascriptExecutor) driver).executeScript(
                "var id = new URLSearchParams(location.hash.split('?')[1]).get('task');"
                        + "return localStorage.getItem('camunda-form:' + id);");
        try {
            return saved == null ? null : new com.fasterxml.jackson.databind.ObjectMapper().readTree(saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks Tasklist's "Save" (the browser keeps the form's data), reloads the page and opens the task again. */
    public Form saveAndReopen(String taskName) {
        WebElement save = driver.findElement(By.cssSelector("button[ng-click='save($event)']"));
        if (save.isEnabled()) {
            click(save);
        }
        wait.until(d -> !save.isEnabled());
        return openTask(taskName);
    }

    /** Waits until the task's form is gone (Tasklist closes a completed task). */
    public void awaitCompleted() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }
}
