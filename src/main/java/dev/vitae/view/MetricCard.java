package dev.vitae.view;

/**
 * A headline figure.
 *
 * @param organisation whose figure it is ("Shiprocket"), or empty
 */
public record MetricCard(String value, String label, String context, String organisation) {

  public MetricCard(String value, String label, String context) {
    this(value, label, context, "");
  }
}
