package dev.vitae.fit;

/**
 * Something fitting may leave out: a whole entry or one bullet.
 *
 * @param ref where it comes from, e.g. {@code work[3]} or {@code work[3].highlights[2]}
 * @param name how a person recognises it, e.g. {@code work[3] "Backend Developer Intern — Gocal":
 *     bullet 3 "Implemented JWT-based…"}
 * @param priority its rank (higher is kept longer); an entry ranks as its most important bullet
 */
public record Cut(String ref, String name, int priority) {

  /** The entry a bullet belongs to ({@code work[3]}), or the entry itself. */
  String entryRef() {
    int dot = ref.indexOf('.');
    return dot < 0 ? ref : ref.substring(0, dot);
  }

  boolean isBullet() {
    return ref.indexOf('.') >= 0;
  }
}
