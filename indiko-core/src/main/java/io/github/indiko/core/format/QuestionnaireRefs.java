package io.github.indiko.core.format;

import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the versions of the questionnaire an {@code edition.json} names (analysis.md §A4): {@code
 * questionnaire}, one version, or {@code questionnaires}, 1 to {@value
 * Edition#MAX_QUESTIONNAIRE_VERSIONS} versions of one questionnaire, each once; never both.
 */
final class QuestionnaireRefs {
  private QuestionnaireRefs() {}

  /**
   * The versions of the questionnaire: {@code questionnaire}, one, or {@code questionnaires},
   * several of one questionnaire, distinct (analysis.md §A4); never both.
   *
   * @return the versions in document order, or null after reporting a problem
   */
  static @Nullable List<DefinitionRef> read(Members root) {
    root.accept("questionnaire", "questionnaires");
    Value listed = root.optional("questionnaires");
    if (listed == null) {
      DefinitionRef one = root.required("questionnaire", EditionReader::ref);
      return one == null ? null : List.of(one);
    }
    if (root.has("questionnaire")) {
      listed.problem(
          "give either questionnaire (one version) or questionnaires (several), not both");
      return null;
    }
    List<DefinitionRef> versions = listed.list(EditionReader::ref);
    if (versions == null) {
      return null;
    }
    if (versions.isEmpty() || versions.size() > Edition.MAX_QUESTIONNAIRE_VERSIONS) {
      listed.problem(
          "must name 1 to "
              + Edition.MAX_QUESTIONNAIRE_VERSIONS
              + " versions of the questionnaire: "
              + versions.size());
      return null;
    }
    Map<Integer, String> seen = new LinkedHashMap<>();
    boolean valid = true;
    for (int i = 0; i < versions.size(); i++) {
      DefinitionRef version = versions.get(i);
      String at = listed.pointer() + "/" + i;
      if (!version.id().equals(versions.get(0).id())) {
        listed
            .problems()
            .add(
                at + "/id",
                "names questionnaire "
                    + version.id()
                    + ", but "
                    + listed.pointer()
                    + "/0 names "
                    + versions.get(0).id()
                    + ": the versions of an edition are one questionnaire's");
        valid = false;
      }
      String what = "version " + version.version();
      valid &= listed.problems().first(seen, version.version(), at, "version", what);
    }
    return valid ? versions : null;
  }
}
