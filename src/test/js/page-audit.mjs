// Opens a web page vitae made in headless Chromium (puppeteer-core, the system's chromium) the way a
// visitor would, and prints as JSON what the tests assert: every request the page made (a page of one
// file makes none but its own), console messages and page errors, axe-core's accessibility audit,
// the number of pages it prints on, and a screenshot of its first screen.
// Usage: node page-audit.mjs PAGE.html SCREENSHOT.png [WIDTH HEIGHT]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [page, screenshot, width = "1280", height = "1600"] = process.argv.slice(2);
const chromium = process.env.VITAE_CHROMIUM || "/usr/bin/chromium";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none", "--hide-scrollbars"],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: Number(width), height: Number(height), deviceScaleFactor: 1 });
  const url = pathToFileURL(page).href;
  const requests = [];
  const console = [];
  tab.on("request", (r) => {
    if (r.url() !== url && !r.url().startsWith("data:")) requests.push(r.url());
  });
  tab.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warn") console.push(`${m.type()}: ${m.text()}`);
  });
  tab.on("pageerror", (e) => console.push(`pageerror: ${e.message}`));
  tab.on("requestfailed", (r) => console.push(`requestfailed: ${r.url()}`));
  await tab.goto(url, { waitUntil: "load" });
  await tab.evaluate(() => document.fonts.ready);
  const fonts = await tab.evaluate(() =>
    [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.style}: ${f.status}`),
  );
  await tab.screenshot({ path: screenshot });
  await tab.addScriptTag({ content: axeSource });
  const audit = await tab.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
  await tab.emulateMediaType("print");
  const pdf = await tab.pdf({ format: "letter", printBackground: false });
  const printedPages = (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  process.stdout.write(JSON.stringify({ requests, console, violations: audit, fonts, printedPages }));
} finally {
  await browser.close();
}
