package com.classbook.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in headless Chromium (Debian's chromium and chromedriver), found by what a person
 * sees: labels, button texts, page text. Every wait polls with a deadline; each journey's
 * screenshots go to target/screenshots/{journey}/.
 */
public final class Browser implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path screenshots;
  private final String baseUrl =
      System.getProperty("gateway.url", "http://127.0.0.1:8080").replace("127.0.0.1", "localhost");
  private int shots;

  private Browser(String journey, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("CHROMIUM_BINARY", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + width + "," + height,
        "--lang=en-GB");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(executable("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, WAIT);
    this.screenshots = ROOT.resolve("system-tests/target/screenshots").resolve(journey);
  }

  /** A desktop-sized window. */
  public static Browser open(String journey) {
    return new Browser(journey, 1280, 900);
  }

  /** A phone-sized window (390 x 844 CSS pixels). */
  public static Browser phone(String journey) {
    return new Browser(journey, 390, 844);
  }

  private static String executable(String variable, String fallback) {
    return System.getenv().getOrDefault(variable, fallback);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Browser visit(String pathOrUrl) {
    driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    return this;
  }

  /** Types into the input whose label reads {@code label}. */
  public Browser fill(String label, String value) {
    WebElement input = field(label);
    String type = input.getAttribute("type");
    if ("date".equals(type) || "time".equals(type)) {
      // Typing into date and time inputs depends on the browser's locale; set the value as a
      // person's pick would.
      ((JavascriptExecutor) driver)
          .executeScript(
              "const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                  + "setter.call(arguments[0], arguments[1]);"
                  + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
              input,
              value);
      return this;
    }
    input.clear();
    input.sendKeys(value);
    return this;
  }

  public Browser setDate(String label, java.time.LocalDate day) {
    return fill(label, day.toString());
  }

  /** Picks the option with visible text {@code option} in the select labelled {@code label}. */
  public Browser choose(String label, String option) {
    wait.until(
        d ->
            new Select(field(label))
                .getOptions().stream().anyMatch(o -> o.getText().equals(option)));
    new Select(field(label)).selectByVisibleText(option);
    return this;
  }

  private WebElement field(String label) {
    WebElement tag =
        wait.until(
            d ->
                d
                    .findElements(By.xpath("//label[normalize-space()=" + literal(label) + "]"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    return driver.findElement(By.id(tag.getAttribute("for")));
  }

  /**
   * Clicks the enabled button whose text or accessible label is {@code text}, or else such a link
   * (a form's "Sign in" button wins over the menu's "Sign in" link).
   */
  public Browser click(String text) {
    String lit = literal(text);
    By button =
        By.xpath(
            "//button[(normalize-space()="
                + lit
                + " or @aria-label="
                + lit
                + ") and not(@disabled)]");
    By link = By.xpath("//a[normalize-space()=" + lit + " or @aria-label=" + lit + "]");
    wait.until(d -> visible(button).or(() -> visible(link)).orElse(null)).click();
    return this;
  }

  private java.util.Optional<WebElement> visible(By target) {
    return driver.findElements(target).stream().filter(WebElement::isDisplayed).findFirst();
  }

  /**
   * Waits until the page shows {@code text}; the app polls some views, so this may take a few
   * refreshes.
   */
  public Browser see(String text) {
    return see(text, WAIT);
  }

  public Browser see(String text, Duration timeout) {
    new WebDriverWait(driver, timeout)
        .withMessage(() -> "page never showed '" + text + "'; it shows:\n" + bodyText())
        .until(d -> bodyText().contains(text));
    return this;
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String path() {
    return (String) ((JavascriptExecutor) driver).executeScript("return location.pathname");
  }

  public Browser signIn(String email, String password) {
    visit("/signin").fill("Email", email).fill("Password", password).click("Sign in");
    wait.until(d -> !"/signin".equals(path()));
    return see("Sign out");
  }

  public Browser screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          file,
          screenshots.resolve(String.format("%02d-%s.png", ++shots, name)),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Runs axe-core (web/node_modules) on the page: no WCAG 2.1 A or AA violation. */
  @SuppressWarnings("unchecked")
  public Browser assertAccessible(String page) {
    JavascriptExecutor js = driver;
    try {
      js.executeScript(Files.readString(ROOT.resolve("web/node_modules/axe-core/axe.min.js")));
    } catch (IOException e) {
      throw new IllegalStateException("axe-core missing: run npm ci in web/", e);
    }
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    assertEquals(List.of(), (List<String>) result, "accessibility violations on " + page);
    return this;
  }

  /** The page fits the window: nothing to scroll sideways (a phone-sized viewport). */
  @SuppressWarnings("unchecked")
  public Browser assertNoSidewaysScroll(String page) {
    Map<String, Object> size =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}");
    assertEquals(
        ((Number) size.get("client")).longValue(),
        ((Number) size.get("scroll")).longValue(),
        page + " scrolls sideways");
    return this;
  }

  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }

  @Override
  public void close() {
    driver.quit();
  }
}
