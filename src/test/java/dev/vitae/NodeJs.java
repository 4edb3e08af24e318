package dev.vitae;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether the npm packages the tests read outputs with can run here: node, and these files. */
public final class NodeJs {

  private NodeJs() {}

  /** Why they cannot run, or null when they can. */
  public static String missing(List<Path> needed) {
    for (Path p : needed) {
      if (!Files.isRegularFile(p)) {
        return p + " is not installed";
      }
    }
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0 ? null : "`node --version` failed";
    } catch (IOException e) {
      return "node is not on the PATH";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
