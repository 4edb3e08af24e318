package dev.vitae.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The person's part of every file name: ASCII words, whatever script the name is written in. */
class FileNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Tushar                  | Tushar
      José Ñúñez              | Jose-Nunez
      Ada  O'Brien-Lovelace   | Ada-O-Brien-Lovelace
      Анна Петрова            | Anna-Petrova
      Γιώργος Παπαδόπουλος    | Giorgos-Papadopoulos
      王小明                   | Wang-Xiao-Ming
      דנה כהן                 | Dnh-Khn
      سلام مهندسة             | Slam-Mhndst
      Zoë 李                  | Zoe-Li
      Łukasz McKenzie         | Lukasz-McKenzie
      Anne-Marie Straße       | Anne-Marie-Strasse
      Jan van der Berg        | Jan-van-der-Berg
      🙂                      | Resume
      """)
  void aNameBecomesAsciiWordsJoinedByHyphens(String name, String expected) {
    assertThat(FileNames.person(name)).isEqualTo(expected);
  }
}
