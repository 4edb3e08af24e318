package dev.vitae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vitae --version} tells the version of the jar it runs from, and nothing made up. */
class VersionTest {

  @Test
  void runFromClassesItSaysItIsADevelopmentBuild() {
    CliTest.Run r = CliTest.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo("vitae (development build: run from classes, not from a jar)" + "\n");
  }

  @Test
  void runFromAJarItPrintsTheJarsImplementationVersion(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("vitae.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "9.8.7");
    String name = Version.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream classFile = Version.class.getClassLoader().getResourceAsStream(name)) {
      out.putNextEntry(new JarEntry(name));
      classFile.transferTo(out);
    }
    URL picocli = CommandLine.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), picocli}, ClassLoader.getPlatformClassLoader())) {
      Class<?> fromJar = loader.loadClass(Version.class.getName());
      assertThat(fromJar).isNotSameAs(Version.class);
      Constructor<?> constructor = fromJar.getDeclaredConstructor();
      constructor.setAccessible(true);
      // Its own copy of picocli, so the interface is not this test's IVersionProvider.
      Method getVersion = fromJar.getMethod("getVersion");
      getVersion.setAccessible(true);
      assertThat((String[]) getVersion.invoke(constructor.newInstance()))
          .containsExactly("vitae 9.8.7");
    }
  }
}
