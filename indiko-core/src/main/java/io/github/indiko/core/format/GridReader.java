package io.github.indiko.core.format;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.internal.Strings;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads {@code grid.json} ({@code indiko.grid/1}). */
final class GridReader {
  private static final String[] MEASURE_MEMBERS = {"min", "max", "integer", "unit", "target"};

  private GridReader() {}

  static Grid read(InputStream in, String file) {
    return Documents.read(in, file, "grid", GridReader::grid);
  }

  private static @Nullable Grid grid(Members root) {
    String id = root.required("id", Value::identifier);
    Integer version = root.required("version", v -> v.integer(1, Integer.MAX_VALUE));
    String defaultLocale = root.required("defaultLocale", Value::languageTag);
    LocalizedText title = root.required("title", Value::localized);
    List<Criterion> criteria = root.required("criteria", v -> v.list(GridReader::criterion));
    root.end();
    Value at = root.value();
    if (defaultLocale != null) {
      at.problems().checkLocale(defaultLocale);
    }
    if (criteria != null) {
      if (criteria.size() > Grid.MAX_CRITERIA) {
        at.problems()
            .add(
                "/criteria",
                "a grid has at most " + Grid.MAX_CRITERIA + " criteria: " + criteria.size());
      }
      Map<CriterionId, String> first = new HashMap<>();
      for (int i = 0; i < criteria.size(); i++) {
        CriterionId criterion = criteria.get(i).id();
        at.problems().first(first, criterion, "/criteria/" + i, "id", "criterion id " + criterion);
      }
    }
    if (!at.problems().isEmpty()
        || id == null
        || version == null
        || defaultLocale == null
        || title == null
        || criteria == null) {
      return null;
    }
    return at.build(() -> new Grid(id, version, defaultLocale, title, criteria));
  }

  private static @Nullable Criterion criterion(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    CriterionId id = members.required("id", v -> v.identifier(CriterionId::new));
    Channel channel = members.required("channel", v -> v.identifier(Channel::new));
    Value typeValue = members.required("type");
    CriterionType type = typeValue == null ? null : type(typeValue, members);
    if (typeValue == null) {
      members.accept(MEASURE_MEMBERS);
    }
    LocalizedText label = members.required("label", Value::localized);
    Theme theme = members.optional("theme", v -> v.identifier(Theme::new));
    Double weight = members.optional("weight", Value::number);
    String when = members.optional("when", Value::nonEmptyString);
    boolean optionalsValid =
        !(members.failed("theme", theme)
            || members.failed("weight", weight)
            || members.failed("when", when));
    members.end();
    if (id == null || channel == null || type == null || label == null || !optionalsValid) {
      return null;
    }
    Criterion criterion =
        value.build(
            () ->
                new Criterion(
                    id, channel, type, label, theme, weight == null ? 1.0 : weight, when));
    Documents.validate(criterion, value);
    return criterion;
  }

  private static @Nullable CriterionType type(Value typeValue, Members members) {
    String type = typeValue.string();
    if ("check".equals(type)) {
      return new CriterionType.Check();
    }
    if ("measure".equals(type)) {
      Quantities parts = Quantities.read(members);
      return parts == null
          ? null
          : members
              .value()
              .build(
                  () ->
                      new CriterionType.Measure(
                          parts.min(), parts.max(), parts.integer(), parts.unit(), parts.target()));
    }
    if (type != null) {
      typeValue.problem(
          "unknown criterion type \"" + Strings.abbreviate(type) + "\": expected check or measure");
    }
    members.accept(MEASURE_MEMBERS);
    return null;
  }
}
