package dev.vitae.pipeline;

/**
 * One output file, rendered in memory and not yet written.
 *
 * @param kind what it is: {@code resume.pdf}, {@code resume.txt}, {@code resume.md}, {@code
 *     preview.png}, …
 * @param pages page count for PDFs, 0 for text
 * @param millis time spent rendering it
 */
public record Document(String fileName, String kind, byte[] bytes, int pages, long millis) {}
