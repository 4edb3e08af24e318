package dev.vitae.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One FreeMarker configuration, sandboxed. Each instance owns its own configuration and template
 * cache; nothing is global.
 */
public final class Templates {

  private final TemplateLoader loader;
  private final Limits limits;
  private final Optional<TemplateLoader> users;
  private @Nullable Configuration config; // made when first run: a build may run no template

  private Templates(TemplateLoader loader, Limits limits, Optional<TemplateLoader> users) {
    this.loader = loader;
    this.limits = limits;
    this.users = users;
  }

  /** The templates shipped with vitae, or a user's folder first when given. */
  public static Templates create(Optional<Path> userFolder) {
    return create(userFolder, Limits.DEFAULT);
  }

  /** The templates shipped with vitae, or a user's folder first, each run within these limits. */
  public static Templates create(Optional<Path> userFolder, Limits limits) {
    TemplateLoader shipped = new ClassTemplateLoader(Templates.class, "/vitae/templates");
    if (userFolder.isEmpty()) {
      return new Templates(shipped, limits, Optional.empty());
    }
    try {
      TemplateLoader users = new FileTemplateLoader(userFolder.get().toFile());
      return new Templates(
          new MultiTemplateLoader(new TemplateLoader[] {users, shipped}),
          limits,
          Optional.of(users));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized Configuration config() {
    if (config == null) {
      config = configure(loader);
    }
    return config;
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration c = new InterruptibleConfiguration();
    c.setTemplateLoader(loader);
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
    return c;
  }

  /** Whether the template of this name is the user's own (from their folder), not shipped. */
  public boolean isUsers(String name) {
    try {
      return users.isPresent() && users.get().findTemplateSource(name) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether a template of this name exists (in the user's folder or shipped). */
  public boolean exists(String name) {
    try {
      return loader.findTemplateSource(name) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs a template with one object named {@code doc}.
   *
   * @throws TemplateFailure when the template fails, runs longer or writes more than its {@link
   *     Limits}, recurses without end or exhausts memory; the message names the template
   */
  public String render(String name, Object view) {
    BoundedWriter out = new BoundedWriter(limits.characters());
    try (Watchdog watchdog = new Watchdog(limits.time())) {
      try {
        Template template = config().getTemplate(name);
        template.process(Map.of("doc", view), out);
        return out.toString();
      } catch (BoundedWriter.TooLong e) {
        throw new TemplateFailure(
            name,
            String.format(
                Locale.ROOT,
                "wrote more than %,d characters; a résumé or dossier is far shorter (a loop without"
                    + " end?)",
                limits.characters()),
            null);
      } catch (IOException | TemplateException | RuntimeException e) {
        if (watchdog.fired()) {
          throw new TemplateFailure(
              name,
              "ran for more than %s (a loop without end, such as <#list 1.. as i>?)"
                  .formatted(limits.timeText()),
              null);
        }
        if (e instanceof TemplateException te) {
          throw new TemplateFailure(name, te.getMessageWithoutStackTop(), te);
        }
        if (e instanceof IOException io) {
          throw new TemplateFailure(name, String.valueOf(io.getMessage()), io);
        }
        throw (RuntimeException) e;
      } catch (StackOverflowError e) {
        throw new TemplateFailure(
            name,
            "calls or includes itself without end (a macro, function or <#include> that never stops)",
            null);
      } catch (OutOfMemoryError e) {
        throw new TemplateFailure(
            name, "ran out of memory (a value or list that grows without end?)", null);
      }
    }
  }

  /**
   * Adds FreeMarker's thread-interruption checks to every template it loads, the included and
   * imported ones too, so that {@link Watchdog} can stop a loop that writes nothing.
   */
  private static final class InterruptibleConfiguration extends Configuration {

    private final Set<Template> checked = Collections.newSetFromMap(new WeakHashMap<>());

    InterruptibleConfiguration() {
      super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(
        String name,
        Locale locale,
        Object customLookupCondition,
        String encoding,
        boolean parseAsFTL,
        boolean ignoreMissing)
        throws IOException {
      Template t =
          super.getTemplate(
              name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (t != null) {
        synchronized (checked) {
          if (checked.add(t)) {
            // FreeMarker's own mechanism (public, though in its internal-API class): a check of
            // Thread.isInterrupted() at the start of every nested block.
            _CoreAPI.addThreadInterruptedChecks(t);
          }
        }
      }
      return t;
    }
  }
}
