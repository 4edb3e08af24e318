package dev.vitae.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One FreeMarker configuration, sandboxed. Each instance owns its own configuration and template
 * cache; nothing is global.
 */
public final class Templates {

  private final Configuration config;

  private Templates(Configuration config) {
    this.config = config;
  }

  /** The templates shipped with vitae, or a user's folder first when given. */
  public static Templates create(Optional<Path> userFolder) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader shipped = new ClassTemplateLoader(Templates.class, "/vitae/templates");
    if (userFolder.isPresent()) {
      try {
        c.setTemplateLoader(
            new MultiTemplateLoader(
                new TemplateLoader[] {new FileTemplateLoader(userFolder.get().toFile()), shipped}));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      c.setTemplateLoader(shipped);
    }
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setNumberFormat("c");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setRecognizeStandardFileExtensions(true);
    c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    TextFunctions.all().forEach(c::setSharedVariable);
    return new Templates(c);
  }

  /** Whether a template of this name exists (in the user's folder or shipped). */
  public boolean exists(String name) {
    try {
      return config.getTemplateLoader().findTemplateSource(name) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs a template with one object named {@code doc}. */
  public String render(String name, Object view) {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter(16_384);
      template.process(Map.of("doc", view), out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("template " + name + ": " + e.getMessage(), e);
    } catch (TemplateException e) {
      throw new TemplateFailure(name, e.getMessageWithoutStackTop(), e);
    }
  }
}
