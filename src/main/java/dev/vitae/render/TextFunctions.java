package dev.vitae.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;

/**
 * Helpers the text and Markdown templates call: {@code wrap(text, width, indent, hanging)}, {@code
 * columns(left, right, width)}, {@code md(text)} and {@code mermaid(text)}.
 */
final class TextFunctions {

  private TextFunctions() {}

  static Map<String, TemplateModel> all() {
    return Map.of(
        "wrap",
            method(
                args ->
                    Wrap.wrap(str(args, 0), num(args, 1, 80), str(args, 2, ""), str(args, 3, ""))),
        "columns", method(args -> Wrap.columns(str(args, 0), str(args, 1), num(args, 2, 80))),
        "md", method(args -> Markdown.escape(str(args, 0))),
        "mermaid", method(args -> Markdown.mermaidLabel(str(args, 0))));
  }

  private interface Body {
    String apply(List<?> args) throws TemplateModelException;
  }

  private static TemplateMethodModelEx method(Body body) {
    return args -> new SimpleScalar(body.apply(args));
  }

  private static String str(List<?> args, int i) throws TemplateModelException {
    if (i >= args.size() || !(args.get(i) instanceof TemplateScalarModel s)) {
      throw new TemplateModelException("argument " + (i + 1) + " must be text");
    }
    return s.getAsString();
  }

  private static String str(List<?> args, int i, String fallback) throws TemplateModelException {
    return i < args.size() ? str(args, i) : fallback;
  }

  private static int num(List<?> args, int i, int fallback) throws TemplateModelException {
    if (i >= args.size()) {
      return fallback;
    }
    if (!(args.get(i) instanceof TemplateNumberModel n)) {
      throw new TemplateModelException("argument " + (i + 1) + " must be a number");
    }
    return n.getAsNumber().intValue();
  }
}
