package dev.vitae.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one test, shared by validation, rendering and the read-back, of which letters go right to
 * left.
 */
class DirectionTest {

  @Test
  void hebrewArabicAndSyriacLettersAreRightToLeftDigitsAndLatinAreNot() {
    assertThat("שאܐ".codePoints().allMatch(Direction::rightToLeft)).isTrue();
    assertThat("a1٣ .".codePoints().noneMatch(Direction::rightToLeft)).isTrue();
    assertThat(Direction.anyRightToLeft("Dana כהן")).isTrue();
    assertThat(Direction.anyRightToLeft("Dana Cohen 2014")).isFalse();
  }
}
