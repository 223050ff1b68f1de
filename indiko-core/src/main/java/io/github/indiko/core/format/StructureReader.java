package io.github.indiko.core.format;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.core.structure.Territory;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads {@code structures.json} and {@code enrolments.json}. */
final class StructureReader {
  private static final String TYPES =
      Arrays.stream(StructureType.values()).map(StructureType::id).collect(Collectors.joining(", "));

  private StructureReader() {}

  static List<Structure> readStructures(InputStream in, String file) {
    return Documents.read(
        in, file, "structures", root -> only(root, "structures", StructureReader::structures));
  }

  static List<Enrolment> readEnrolments(InputStream in, String file) {
    return Documents.read(
        in,
        file,
        "enrolments",
        root -> only(root, "enrolments", v -> v.list(StructureReader::enrolment)));
  }

  /** The one list member of a document besides {@code format}. */
  private static <T> @Nullable List<T> only(
      Members root, String member, Function<Value, @Nullable List<T>> list) {
    List<T> items = root.required(member, list);
    root.end();
    return items == null ? null : List.copyOf(items);
  }

  private static @Nullable List<Structure> structures(Value value) {
    List<Structure> structures = value.list(StructureReader::structure);
    if (structures == null) {
      return null;
    }
    if (structures.size() > EditionDefinitions.MAX_STRUCTURES) {
      value.problem(
          "an edition has at most "
              + EditionDefinitions.MAX_STRUCTURES
              + " structures: "
              + structures.size());
      return null;
    }
    Map<StructureId, String> first = new HashMap<>();
    boolean unique = true;
    for (int i = 0; i < structures.size(); i++) {
      StructureId id = structures.get(i).id();
      unique &=
          value.problems().first(first, id, value.pointer() + "/" + i, "id", "structure id " + id);
    }
    return unique ? structures : null;
  }

  private static @Nullable Structure structure(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    StructureId id = members.required("id", v -> v.identifier(StructureId::new));
    String name = members.required("name", Value::string);
    StructureType type = members.required("type", StructureReader::type);
    Long population = members.optional("population", v -> v.integer(Long.MIN_VALUE, Long.MAX_VALUE));
    Territory territory = members.optional("territory", StructureReader::territory);
    List<Channel> channels = members.optional("channels", StructureReader::channels);
    boolean complete =
        !(members.failed("population", population)
            || members.failed("territory", territory)
            || members.failed("channels", channels));
    members.end();
    if (id == null || name == null || type == null || !complete) {
      return null;
    }
    Structure structure =
        value.build(() -> new Structure(id, name, type, population, territory, channels));
    Documents.validate(structure, value);
    return structure;
  }

  private static @Nullable StructureType type(Value value) {
    String id = value.string();
    if (id == null) {
      return null;
    }
    for (StructureType type : StructureType.values()) {
      if (type.id().equals(id)) {
        return type;
      }
    }
    value.problem(
        "unknown structure type \"" + Strings.abbreviate(id) + "\": expected one of " + TYPES);
    return null;
  }

  private static @Nullable Territory territory(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    String region = members.optional("region", Value::string);
    String department = members.optional("department", Value::string);
    String insee = members.optional("insee", Value::string);
    members.end();
    return new Territory(region, department, insee);
  }

  static @Nullable List<Channel> channels(Value value) {
    List<Value> elements = value.array();
    if (elements == null) {
      return null;
    }
    List<Channel> channels = new ArrayList<>();
    boolean complete = true;
    for (Value element : elements) {
      Channel channel = element.identifier(Channel::new);
      if (channel == null) {
        complete = false;
      } else if (channels.contains(channel)) {
        element.problem("channel " + channel + " is listed twice");
        complete = false;
      } else {
        channels.add(channel);
      }
    }
    return complete ? channels : null;
  }

  private static @Nullable Enrolment enrolment(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    StructureId structure = members.required("structure", v -> v.identifier(StructureId::new));
    LocalDate at = members.required("at", Value::date);
    Level level = members.required("level", StructureReader::level);
    members.end();
    if (structure == null || at == null || level == null) {
      return null;
    }
    return new Enrolment(structure, at, level);
  }

  private static @Nullable Level level(Value value) {
    String id = value.string();
    return id == null ? null : value.build(() -> Level.fromId(id));
  }
}
