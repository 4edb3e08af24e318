package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * out/manifest.json is written as vitae always wrote it (Jackson's pretty printer, fields in order,
 * a file's source and fit only when it has them), and read back, passing over what it does not
 * know.
 */
class ManifestJsonTest {

  private static final Manifest MANIFEST =
      new Manifest(
          "0.1.0",
          List.of(
              new Manifest.Entry(
                  "Ada-Resume.pdf",
                  "base",
                  "resume.pdf",
                  1,
                  32685,
                  "eb13",
                  "209c",
                  new Manifest.Fit(9.5, 13, 6, List.of(), List.of("work[0].highlights[2]"))),
              new Manifest.Entry(
                  "backend/Ada-Resume-backend.txt",
                  "backend",
                  "resume.txt",
                  0,
                  12,
                  "ab",
                  null,
                  null)));

  private static final String WRITTEN =
      """
      {
        "vitae" : "0.1.0",
        "files" : [ {
          "file" : "Ada-Resume.pdf",
          "variant" : "base",
          "document" : "resume.pdf",
          "pages" : 1,
          "bytes" : 32685,
          "sha256" : "eb13",
          "source" : "209c",
          "fit" : {
            "bodyPt" : 9.5,
            "step" : 13,
            "layouts" : 6,
            "dropped" : [ ],
            "refs" : [ "work[0].highlights[2]" ]
          }
        }, {
          "file" : "backend/Ada-Resume-backend.txt",
          "variant" : "backend",
          "document" : "resume.txt",
          "pages" : 0,
          "bytes" : 12,
          "sha256" : "ab"
        } ]
      }
      """;

  @Test
  void aManifestIsWrittenAsItAlwaysWas() {
    assertThat(new String(MANIFEST.document().bytes(), StandardCharsets.UTF_8)).isEqualTo(WRITTEN);
  }

  @Test
  void whatIsWrittenReadsBackAndWhatIsNotKnownIsPassedOver() throws Exception {
    assertThat(ManifestJson.read(WRITTEN.getBytes(StandardCharsets.UTF_8))).isEqualTo(MANIFEST);
    String more =
        WRITTEN.replace("\"pages\" : 0,", "\"pages\" : 0, \"new\" : {\"a\" : [1, true, null]},");
    assertThat(ManifestJson.read(more.getBytes(StandardCharsets.UTF_8))).isEqualTo(MANIFEST);
    String noFile = "{\"files\" : [ {\"variant\" : \"base\"} ]}";
    assertThat(ManifestJson.read(noFile.getBytes(StandardCharsets.UTF_8)).files()).isEmpty();
  }

  @Test
  void aDamagedManifestIsAnErrorNotAGuess() {
    assertThatThrownBy(() -> ManifestJson.read("{\"files\" : [ {".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(java.io.IOException.class);
    assertThatThrownBy(
            () ->
                ManifestJson.read(
                    "{\"files\" : [ {\"file\" : \"a\", \"pages\" : \"one\"} ]}"
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
