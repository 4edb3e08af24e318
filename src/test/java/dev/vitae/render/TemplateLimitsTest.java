package dev.vitae.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's template that never ends, writes without end or recurses without end stops as a {@link
 * TemplateFailure} naming the template, within its limits.
 */
class TemplateLimitsTest {

  @TempDir Path dir;

  private Templates templates(Duration time, int characters, String name, String body)
      throws IOException {
    Files.writeString(dir.resolve(name), body);
    return Templates.create(Optional.of(dir), new Limits(time, characters));
  }

  @Test
  void anEndlessLoopThatWritesNothingStopsAtTheTimeLimit() throws IOException {
    Templates t =
        templates(
            Duration.ofMillis(400),
            1_000_000,
            "spin.txt.ftl",
            "<#assign n = 0><#list 1.. as i><#assign n = n + 1></#list>");
    long start = System.nanoTime();
    assertThatThrownBy(() -> t.render("spin.txt.ftl", Map.of()))
        .isInstanceOf(TemplateFailure.class)
        .hasMessage(
            "template spin.txt.ftl: ran for more than 0.4 s (a loop without end, such as <#list 1.."
                + " as i>?)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aLoopInsideAnIncludedMacroIsStoppedToo() throws IOException {
    Files.writeString(
        dir.resolve("lib.ftl"), "<#macro spin><#list 1.. as i><#assign x = i></#list></#macro>");
    Templates t =
        templates(
            Duration.ofMillis(300),
            1_000_000,
            "main.txt.ftl",
            "<#import 'lib.ftl' as l><@l.spin/>");
    assertThatThrownBy(() -> t.render("main.txt.ftl", Map.of()))
        .isInstanceOf(TemplateFailure.class)
        .hasMessageStartingWith("template main.txt.ftl: ran for more than 0.3 s");
  }

  @Test
  void writingMoreThanTheLimitStopsWithTheLimitNamed() throws IOException {
    Templates t =
        templates(
            Duration.ofSeconds(30),
            100_000,
            "flood.txt.ftl",
            "<#list 1..3000000 as i>paragraph ${i}\n</#list>");
    assertThatThrownBy(() -> t.render("flood.txt.ftl", Map.of()))
        .isInstanceOf(TemplateFailure.class)
        .hasMessage(
            "template flood.txt.ftl: wrote more than 100,000 characters; a résumé or dossier is"
                + " far shorter (a loop without end?)");
  }

  @Test
  void aTemplateIncludingItselfEndsAsAnErrorNotAStackTrace() throws IOException {
    Templates t =
        templates(Duration.ofSeconds(30), 1_000_000, "self.txt.ftl", "x<#include 'self.txt.ftl'>");
    assertThatThrownBy(() -> t.render("self.txt.ftl", Map.of()))
        .isInstanceOf(TemplateFailure.class)
        .hasMessage(
            "template self.txt.ftl: calls or includes itself without end (a macro, function or"
                + " <#include> that never stops)")
        .hasNoCause();
  }

  @Test
  void aTemplateWithinItsLimitsRendersAndTheThreadIsLeftUninterrupted() throws IOException {
    Templates t =
        templates(Duration.ofMillis(200), 100, "ok.txt.ftl", "<#list 1..3 as i>${i}</#list>");
    assertThat(t.render("ok.txt.ftl", Map.of())).isEqualTo("123");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aSyntaxErrorInAUsersTemplateIsATemplateFailure() throws IOException {
    Templates t = templates(Duration.ofSeconds(5), 100, "bad.txt.ftl", "<#list 1..3 as i>");
    assertThatThrownBy(() -> t.render("bad.txt.ftl", Map.of()))
        .isInstanceOf(TemplateFailure.class)
        .hasMessageStartingWith("template bad.txt.ftl: ");
  }
}
