package org.nmt.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.protocol.definition.Protocols;

/**
 * Opens the hiker's report in headless Chromium (Debian's {@code chromium} package): a screenshot
 * that is not blank, a DOM in which the page's script counted every chart image as decoded, and no
 * console message at all (a blocked load, a script error or a failed image would log one).
 *
 * <p>Without {@code /usr/bin/chromium} the test is skipped, except on CI ({@code CI=true}), where
 * it fails: {@code scripts/test} installs the browser there.
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;

  @Test
  void theHikersReportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equals(System.getenv("CI"))) {
        fail(CHROMIUM + " is missing on CI: scripts/test installs Debian's chromium package");
      }
      assumeTrue(
          false,
          CHROMIUM
              + " is missing: install Debian's chromium package (scripts/test does) to run the"
              + " browser check of the HTML report");
    }
    Path page = dir.resolve("hiker.html");
    HtmlReport.write(SeedScenarios.hiker(), Protocols.seeds(), page);
    String url = page.toUri().toString();

    Path screenshot = dir.resolve("hiker.png");
    Browser shot = Browser.run(dir, "shot", "--screenshot=" + screenshot, url);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertNotNull(image, "the screenshot decodes");
    assertEquals(1280, image.getWidth());
    assertEquals(4000, image.getHeight());
    assertTrue(HtmlReportTest.nonWhitePixels(image) > 100_000, "the screenshot is not blank");

    Browser dump = Browser.run(dir, "dom", "--dump-dom", url);
    Document dom = Jsoup.parse(dump.stdout);
    Element body = dom.body();
    assertEquals(
        String.valueOf(HtmlReport.CHART_IDS.size()),
        body.attr("data-rendered"),
        "every chart image decoded with a non-zero size in the browser");
    for (String id : HtmlReport.CHART_IDS) {
      Element img = dom.getElementById(id);
      assertNotNull(img, id);
      assertTrue(img.attr("src").startsWith("data:image/png;base64,"), id);
    }
    assertNotNull(dom.getElementById(HtmlReport.BODY_MAP_ID));
    assertEquals(List.of(), dump.console(), "console messages");
    assertEquals(List.of(), shot.console(), "console messages");
  }

  /** One run of headless Chromium with a fresh profile, bounded in time. */
  private static final class Browser {
    final String stdout;
    final String stderr;

    private Browser(String stdout, String stderr) {
      this.stdout = stdout;
      this.stderr = stderr;
    }

    static Browser run(Path dir, String name, String action, String url)
        throws IOException, InterruptedException {
      Path profile = Files.createDirectory(dir.resolve("profile-" + name));
      Path out = dir.resolve(name + ".out");
      Path err = dir.resolve(name + ".err");
      List<String> command =
          List.of(
              CHROMIUM.toString(),
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-quic",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--user-data-dir=" + profile,
              "--window-size=1280,4000",
              "--hide-scrollbars",
              "--enable-logging=stderr",
              "--v=0",
              action,
              url);
      Process process =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("chromium " + action + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), "chromium " + action + " failed:\n" + stderr);
      return new Browser(Files.readString(out, StandardCharsets.UTF_8), stderr);
    }

    /** The page's console messages that Chromium logged (any level: it logs them all as INFO). */
    List<String> console() {
      List<String> lines = new ArrayList<>();
      for (String line : stderr.split("\n")) {
        if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
          lines.add(line);
        }
      }
      return lines;
    }
  }
}
