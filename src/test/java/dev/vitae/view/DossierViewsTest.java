package dev.vitae.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.model.Resume;
import dev.vitae.view.DossierView.Mark;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the dossier templates are given. */
class DossierViewsTest {

  static Resume load(String yaml) {
    return Samples.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void partsWithNothingInThemAreLeftOut() {
    DossierView v =
        DossierViews.of(
            load(
                """
        basics:
          name: Ada
        principles:
          - title: Measure first
            body: Then change one thing.
        """),
            Paper.A4);
    assertThat(v.paper()).isEqualTo("A4");
    assertThat(v.systems()).isNull();
    assertThat(v.dossiers()).isNull();
    assertThat(v.diagrams()).isNull();
    assertThat(v.credentials()).isNull();
    assertThat(v.contact()).isNull();
    assertThat(v.contents()).extracting(Mark::title).containsExactly("Principles");
    assertThat(v.principles().items())
        .singleElement()
        .isEqualTo(new DossierView.Writeup("01", "Measure first", "Then change one thing."));
  }

  @Test
  void partTitlesComeFromSectionsElseFromTheDefaults() {
    DossierView v =
        DossierViews.of(
            load(
                """
        basics:
          name: Ada
        notes:
          - title: A note
        skills:
          - name: Languages
            keywords: [Java, SQL]
        sections:
          notes:
            title: Field notes
            subtitle: What I learned
        """),
            Paper.LETTER);
    assertThat(v.notes().heading())
        .isEqualTo(new DossierView.Heading("notes", "Field notes", "What I learned", ""));
    assertThat(v.skills().heading().title()).isEqualTo("Skills");
    assertThat(v.skills().items())
        .singleElement()
        .satisfies(k -> assertThat(k.keywords().plain()).isEqualTo("Java, SQL"));
    assertThat(v.contents()).extracting(Mark::id).containsExactly("notes", "skills");
  }

  @Test
  void systemsLinkToTheirDossierAndDossiersAreNumbered() {
    DossierView v =
        DossierViews.of(
            load(
                """
        basics:
          name: Ada
        systems:
          - name: Engine
            dossier: engine
          - name: Loom
        dossiers:
          - id: notes
            title: Notes on the Engine
          - id: engine
            title: The Analytical Engine
            stack: [brass, punched cards]
        diagrams:
          - title: Mill
            steps:
              - name: Store
              - name: Mill
                detail: arithmetic
        """),
            Paper.LETTER);
    assertThat(v.systems().items().get(0).dossierId()).isEqualTo("dossier-2");
    assertThat(v.systems().items().get(0).dossierTitle()).isEqualTo("The Analytical Engine");
    assertThat(v.systems().items().get(1).dossierId()).isEmpty();
    assertThat(v.dossiers().items())
        .extracting(DossierView.CaseStudy::kicker)
        .containsExactly("Dossier 1 of 2", "Dossier 2 of 2");
    assertThat(v.dossiers().items().get(1).stack()).isEqualTo("brass · punched cards");
    Mark dossiers = v.contents().get(1);
    assertThat(dossiers.title()).isEqualTo("System dossiers");
    assertThat(dossiers.children()).extracting(Mark::id).containsExactly("dossier-1", "dossier-2");
    assertThat(v.diagrams().items().get(0).steps())
        .containsExactly(
            new DossierView.FigureStep("01", "Store", ""),
            new DossierView.FigureStep("02", "Mill", "arithmetic"));
  }
}
