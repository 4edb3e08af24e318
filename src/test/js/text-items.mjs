// Prints the text items of a PDF as pdf.js reads them (the way browser-based applicant-tracking
// systems do): in content-stream order, each with its position, size, font and end-of-line mark.
// Usage: node text-items.mjs FILE.pdf  →  JSON on stdout: [{page, items: [{text, x, y, width,
// height, font, endOfLine}]}], y measured from the top of the page.
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node text-items.mjs FILE.pdf");
  process.exit(2);
}
const data = new Uint8Array(await readFile(file));
const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  // the fonts' own names (e.g. "ABCDEF+SourceSans3-Bold") are known once the page's operators are
  await page.getOperatorList();
  const height = page.view[3] - page.view[1];
  const items = content.items
    .filter((item) => "str" in item)
    .map((item) => ({
      text: item.str,
      x: item.transform[4],
      y: height - item.transform[5],
      width: item.width,
      height: item.height,
      font: page.commonObjs.has(item.fontName) ? page.commonObjs.get(item.fontName).name : item.fontName,
      endOfLine: item.hasEOL,
    }));
  pages.push({ page: n, items });
}
process.stdout.write(JSON.stringify(pages));
