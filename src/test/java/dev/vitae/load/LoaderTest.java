package dev.vitae.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vitae.Samples;
import dev.vitae.model.PartialDate;
import dev.vitae.model.Present;
import dev.vitae.model.Resume;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoaderTest {

  static Resume load(String yaml) {
    return Samples.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void scalarsKeepTheTextAsWritten() {
    Resume r =
        load(
            """
        basics:
          name: NO
          label: 1.10
          phone: 01234
        skills:
          - name: Yes
            keywords: [on, off, 2012, ~x]
        """);
    assertThat(r.basics().name()).isEqualTo("NO");
    assertThat(r.basics().label()).isEqualTo("1.10");
    assertThat(r.basics().phone()).isEqualTo("01234");
    assertThat(r.skills().get(0).name()).isEqualTo("Yes");
    assertThat(r.skills().get(0).keywords())
        .extracting(i -> i.text())
        .containsExactly("on", "off", "2012", "~x");
  }

  @Test
  void partialDatesAndPresent() {
    Resume r =
        load(
            """
        basics: {name: Ada}
        work:
          - {name: A, startDate: 2021, endDate: 2021-03}
          - {name: B, startDate: '2021-03-01', endDate: Present}
        """);
    assertThat(r.work().get(0).startDate()).isEqualTo(new PartialDate(2021, 0, 0));
    assertThat(r.work().get(0).endDate()).isEqualTo(new PartialDate(2021, 3, 0));
    assertThat(r.work().get(1).startDate()).isEqualTo(new PartialDate(2021, 3, 1));
    assertThat(r.work().get(1).endDate()).isEqualTo(new Present());
  }

  @Test
  void byteOrderMarkIsAccepted() {
    byte[] yaml = "\uFEFFbasics:\n  name: Ada\n".getBytes(StandardCharsets.UTF_8);
    assertThat(Samples.load("bom.yaml", yaml).basics().name()).isEqualTo("Ada");
  }

  @Test
  void aJsonResumeFileLoadsAsItIs() {
    Resume r =
        load(
            """
        {
          "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
          "basics": {"name": "Richard Hendriks", "label": "Programmer", "email": "richard@example.com",
            "location": {"city": "San Francisco", "countryCode": "US", "region": "California"},
            "profiles": [{"network": "Twitter", "username": "neutralthoughts", "url": "https://twitter.com/x"}]},
          "work": [{"name": "Pied Piper", "position": "CEO/President", "url": "https://piedpiper.example.com",
            "startDate": "2013-12-01", "endDate": "2014-12-01", "summary": "Pied Piper is a compression company.",
            "highlights": ["Build an algorithm for artist to detect if their music was violating copy right infringement laws"]}],
          "volunteer": [{"organization": "CoderDojo", "position": "Teacher", "startDate": "2012-01-01",
            "endDate": "2013-01-01", "summary": "Global movement.", "highlights": ["Awarded 'Teacher of the Month'"]}],
          "education": [{"institution": "University of Oklahoma", "area": "Information Technology",
            "studyType": "Bachelor", "startDate": "2011-06-01", "endDate": "2014-01-01", "score": "4.0",
            "courses": ["DB1101 - Basic SQL"]}],
          "awards": [{"title": "Digital Compression Pioneer Award", "date": "2014-11-01", "awarder": "Techcrunch"}],
          "certificates": [{"name": "Certificate", "date": "2021-11-07", "issuer": "Company", "url": "https://example.com"}],
          "publications": [{"name": "Video compression for 3d media", "publisher": "Hooli",
            "releaseDate": "2014-10-01", "url": "https://example.com", "summary": "Innovative middle-out."}],
          "skills": [{"name": "Web Development", "level": "Master", "keywords": ["HTML", "CSS"]}],
          "languages": [{"language": "English", "fluency": "Native speaker"}],
          "interests": [{"name": "Wildlife", "keywords": ["Ferrets", "Unicorns"]}],
          "references": [{"name": "Erlich Bachman", "reference": "It is my pleasure."}],
          "projects": [{"name": "Miss Direction", "description": "A mapping engine.", "highlights": ["Won award"],
            "keywords": ["GoogleMaps"], "startDate": "2016-08-24", "endDate": "2016-08-24",
            "url": "https://missdirection.example.com", "roles": ["Team Lead"], "entity": "Smoogle", "type": "application"}],
          "meta": {"canonical": "https://example.com/resume.json", "version": "v1.0.0", "lastModified": "2017-12-24T15:53:00"}
        }
        """);
    assertThat(r.basics().name()).isEqualTo("Richard Hendriks");
    assertThat(r.projects().get(0).roles()).containsExactly("Team Lead");
    assertThat(r.work().get(0).highlights().get(0).text()).startsWith("Build an algorithm");
  }

  @Test
  void theSampleHoldsEveryPartOfThePortfolio() {
    Resume r = Samples.resume();
    assertThat(r.metrics()).hasSize(4);
    assertThat(r.systems()).hasSize(6);
    assertThat(r.dossiers()).hasSize(4);
    assertThat(r.diagrams()).extracting(d -> d.steps().size()).containsExactly(5, 4, 4);
    // the seed's caching layer, with the flow's branch after Redis: a hit, or the primary service
    assertThat(r.diagrams().get(2).steps().get(2).branches())
        .extracting(b -> b.name())
        .containsExactly("Hit", "Primary Service");
    assertThat(r.notes()).hasSize(4);
    assertThat(r.skills()).hasSize(6);
    assertThat(r.work()).hasSize(4);
    assertThat(r.work()).extracting(w -> w.highlights().size()).containsExactly(3, 3, 2, 3);
    assertThat(r.principles()).hasSize(5);
    assertThat(r.education()).hasSize(1);
    assertThat(r.awards()).hasSize(2);
  }
}
