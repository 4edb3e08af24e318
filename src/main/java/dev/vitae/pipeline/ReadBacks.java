package dev.vitae.pipeline;

import dev.vitae.check.CheckReport;
import dev.vitae.check.ReadBack;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reports of the files an engine has read back: a file of the same name, bytes and expectation
 * as one checked before is not read again (a rebuild in {@code vitae serve} or {@code watch} that
 * made the same PDF), since reading back depends on nothing else. Safe for the threads of a build.
 */
final class ReadBacks {

  private record Key(String file, String sha256, ReadBack readBack) {}

  private static final int CAPACITY = 64;

  private final Map<Key, CheckReport> reports = new ConcurrentHashMap<>();

  /**
   * The report of reading {@code bytes} back as {@code readBack} says, known to this engine or from
   * the last builds into the folder ({@code verified}), or read now.
   */
  CheckReport check(ReadBack readBack, String file, byte[] bytes, Verified verified) {
    Key key = new Key(file, Manifest.sha256(bytes), readBack);
    CheckReport known = reports.get(key);
    if (known != null) {
      return known;
    }
    String kept = Verified.key(readBack, file, key.sha256());
    CheckReport report = verified.report(kept).orElseGet(() -> readBack.check(file, bytes));
    verified.reported(kept, report);
    if (reports.size() >= CAPACITY) {
      reports.clear();
    }
    reports.put(key, report);
    return report;
  }
}
