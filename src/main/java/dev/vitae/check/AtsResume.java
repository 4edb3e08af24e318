package dev.vitae.check;

import java.util.List;

/**
 * What a résumé parser recovers from a PDF's text items alone.
 *
 * @param contacts the profile's items that read as an e-mail, a phone number, a place or a link
 * @param profile the text of each item before the first heading, separators at its ends kept
 */
public record AtsResume(
    String name, Contacts contacts, List<String> profile, List<Section> sections) {

  public AtsResume {
    profile = List.copyOf(profile);
    sections = List.copyOf(sections);
  }

  /** The ways to reach the person, each its own item, or empty when none was found. */
  public record Contacts(String email, String phone, String location, List<String> links) {
    public Contacts {
      links = List.copyOf(links);
    }
  }

  /**
   * A part of the résumé under its heading.
   *
   * @param lines the text of each of its lines
   */
  public record Section(String heading, List<String> lines, List<Entry> entries) {
    public Section {
      lines = List.copyOf(lines);
      entries = List.copyOf(entries);
    }
  }

  /**
   * One entry of a section (a job, a degree), each field the item that reads as it, or empty.
   *
   * @param head the text of each item before the first bullet, in reading order, separators at its
   *     ends kept
   * @param bullets the text of each bullet, without its mark, its lines joined
   */
  public record Entry(
      String title,
      String company,
      String dates,
      String location,
      String school,
      String degree,
      List<String> head,
      List<String> bullets) {
    public Entry {
      head = List.copyOf(head);
      bullets = List.copyOf(bullets);
    }
  }
}
