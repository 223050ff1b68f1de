package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The store's privacy duties on every database: erasure of a respondent and the end of the
 * retention of free texts, each checked against every column of every table. Implemented by
 * {@link StoreContract}, which opens the store on the sample edition.
 */
interface PrivacyContract {
  /** The token of the respondent that {@link #withErasable} adds, twice, to the sample. */
  String TOKEN = "erase-me-7f3a";

  /** The comment of the accepted line of {@link #TOKEN}. */
  String ERASED_TEXT = "Texte unique du répondant à effacer, 7f3a-kept";

  /** The comment of the refused line of {@link #TOKEN}. */
  String REFUSED_TEXT = "Texte unique du répondant à effacer, 7f3a-refused";

  Pseudonymiser PSEUDONYMISER = Pseudonymiser.of(new byte[32]);

  /** @return the store of the test */
  IndikoStore store();

  /** @return the sample's definitions */
  EditionDefinitions definitions();

  /** @return the test's copy of the sample edition */
  Path sample();

  /** @return a data source on the store's database, to look at its tables */
  DataSource database();

  /** @return the sample's lines of responses.jsonl accepted by the file validator */
  List<String> acceptedLines();

  /**
   * Appends to the sample two lines of {@link #TOKEN} for one structure, each with a comment of
   * its own: the first is accepted, the second refused as {@code duplicate_respondent}.
   */
  default void withErasable() throws IOException {
    String model =
        acceptedLines().stream()
            .filter(line -> line.contains("\"comment\":\"") && !line.contains("\\"))
            .filter(line -> !line.contains("\"respondent\""))
            .findFirst()
            .orElseThrow();
    String first = erasable(model, "r-erase-1", ERASED_TEXT);
    String second = erasable(model, "r-erase-2", REFUSED_TEXT);
    Files.writeString(
        sample().resolve(DataValidator.RESPONSES),
        first + "\n" + second + "\n",
        StandardOpenOption.APPEND);
  }

  private static String erasable(String model, String id, String comment) {
    return model
        .replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\"")
        .replaceFirst("\"comment\":\"[^\"]*\"", "\"comment\":\"" + comment + "\"")
        .replaceFirst("\\{", "{\"respondent\":\"" + TOKEN + "\",");
  }

  /** @return every value of every column of every table of the store, as text */
  default List<String> everyValue() throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = database().getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet table = metaData.getTables(null, null, "indiko_%", new String[] {"TABLE"})) {
        while (table.next()) {
          tables.add(table.getString("TABLE_NAME"));
        }
      }
      assertThat(tables)
          .contains(
              "indiko_responses", "indiko_audits", "indiko_receipts", "indiko_refused",
              "indiko_log");
      try (Statement statement = connection.createStatement()) {
        for (String table : tables) {
          try (ResultSet row = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
              for (int i = 1; i <= columns; i++) {
                values.add(Objects.toString(row.getObject(i), ""));
              }
            }
          }
        }
      }
    }
    return values;
  }

  /** @return the actions of indiko_log, in order, each as {@code action edition rows} */
  default List<String> log() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT action, edition, \"rows\", at FROM indiko_log ORDER BY seq")) {
      while (row.next()) {
        assertThat(row.getObject(4)).isNotNull();
        rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getLong(3));
      }
    }
    return rows;
  }

  /** @return the refused lines the store keeps, responses then audits */
  default List<Reject> refused(EditionStore edition) throws IOException {
    List<Reject> kept = new ArrayList<>();
    edition.data().refused(DataValidator.RESPONSES, r -> kept.add(r.reject()));
    edition.data().refused(DataValidator.AUDITS, r -> kept.add(r.reject()));
    return kept;
  }

  /** @return the file validator's counts of the store's lines, both sources */
  default SourceCounts storedCounts(EditionStore edition, List<Object> records)
      throws IOException {
    DataValidator validator = DataValidator.of(definitions());
    try (InputStream responses = edition.data().responses();
        InputStream audits = edition.data().audits()) {
      return validator
          .validateResponses(responses, DataValidator.RESPONSES, r -> collect(r, records))
          .plus(validator.validateAudits(audits, DataValidator.AUDITS, r -> collect(r, records)));
    }
  }

  private static void collect(LineResult<?> result, List<Object> records) {
    if (result instanceof LineResult.Accepted<?> accepted) {
      records.add(accepted.record());
    }
  }

  @Test
  default void erase_pseudonymisedRespondent_removesOnlyTheirLinesAndNamesThemNowhere()
      throws IOException, SQLException {
    withErasable();
    EditionStore edition = store().edition(definitions(), PSEUDONYMISER);
    ImportCounts imported = edition.importFolder(sample(), r -> {});
    long responses = edition.count(DataValidator.RESPONSES);
    List<Reject> refusedBefore = refused(edition);
    String pseudonym = PSEUDONYMISER.pseudonym(TOKEN);
    assertThat(String.join("\n", everyValue())).contains(pseudonym).contains(ERASED_TEXT);

    assertThat(edition.erase(TOKEN)).isEqualTo(2);

    assertThat(edition.count(DataValidator.RESPONSES)).isEqualTo(responses - 1);
    List<Object> records = new ArrayList<>();
    SourceCounts counts = storedCounts(edition, records);
    assertThat(counts.rejected()).isZero();
    assertThat(counts.accepted()).isEqualTo(imported.stored() - 1);
    assertThat(records)
        .filteredOn(Response.class::isInstance)
        .extracting(r -> ((Response) r).id().value())
        .doesNotContain("r-erase-1")
        .hasSize((int) responses - 1);
    List<Reject> refusedAfter = refused(edition);
    assertThat(refusedAfter).hasSameSizeAs(refusedBefore);
    assertThat(refusedAfter).extracting(Reject::reason)
        .isEqualTo(refusedBefore.stream().map(Reject::reason).toList());
    assertThat(refusedAfter)
        .filteredOn(r -> "r-erase-2".equals(r.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.DUPLICATE_RESPONDENT);
              assertThat(r.message()).startsWith("the respondent already answered for ");
            });
    assertThat(everyValue())
        .noneMatch(value -> value.contains(TOKEN) || value.contains(pseudonym))
        .noneMatch(value -> value.contains(ERASED_TEXT) || value.contains(REFUSED_TEXT));
    assertThat(edition.erase(TOKEN)).isZero();
    assertThat(log()).containsExactly("erase 2017 2", "erase 2017 0");
  }

  @Test
  default void erase_withoutPseudonymiser_deletesTheTokensLinesAndAnImportAgainKeepsThemOut()
      throws IOException, SQLException {
    withErasable();
    EditionStore edition = store().edition(definitions());
    ImportCounts first = edition.importFolder(sample(), r -> {});
    long responses = edition.count(DataValidator.RESPONSES);

    assertThat(edition.erase(TOKEN)).isEqualTo(2);

    assertThat(edition.count(DataValidator.RESPONSES)).isEqualTo(responses - 1);
    assertThat(everyValue())
        .noneMatch(value -> value.contains(TOKEN) || value.contains(ERASED_TEXT));
    ImportCounts again = edition.importFolder(sample(), r -> {});
    assertThat(again.stored()).isZero();
    assertThat(again.refused()).isEqualTo(first.refused());
    assertThat(edition.count(DataValidator.RESPONSES)).isEqualTo(responses - 1);
    assertThat(log()).containsExactly("erase 2017 2");
  }

  @Test
  default void purgeTexts_midCollection_removesOlderTextsOnlyAndKeepsEveryNumber()
      throws IOException, SQLException {
    EditionStore edition = store().edition(definitions());
    edition.importFolder(sample(), r -> {});
    List<Object> before = new ArrayList<>();
    SourceCounts countsBefore = storedCounts(edition, before);
    List<Instant> times = before.stream().map(PrivacyContract::at).sorted().toList();
    Instant olderThan = times.get(times.size() / 2);
    List<String> purgedTexts = new ArrayList<>();
    List<String> keptTexts = new ArrayList<>();
    long purgedLines = 0;
    for (Object record : before) {
      List<String> texts = texts(record);
      if (at(record).isBefore(olderThan)) {
        purgedTexts.addAll(texts);
        purgedLines += hasText(record) ? 1 : 0;
      } else {
        keptTexts.addAll(texts);
      }
    }
    assertThat(purgedLines).isPositive();

    assertThat(edition.purgeTexts(olderThan)).isEqualTo(purgedLines);

    List<Object> after = new ArrayList<>();
    SourceCounts countsAfter = storedCounts(edition, after);
    assertThat(countsAfter).isEqualTo(countsBefore);
    Map<String, Object> byId = new HashMap<>();
    after.forEach(record -> byId.put(id(record), record));
    for (Object record : before) {
      Object purged = byId.get(id(record));
      assertThat(withoutTexts(purged)).isEqualTo(withoutTexts(record));
      assertThat(texts(purged))
          .isEqualTo(at(record).isBefore(olderThan) ? List.of() : texts(record));
    }
    List<String> rests = before.stream().map(PrivacyContract::rest).toList();
    List<String> unique =
        purgedTexts.stream()
            .filter(text -> text.length() >= 12)
            .filter(text -> keptTexts.stream().noneMatch(kept -> kept.contains(text)))
            .filter(text -> rests.stream().noneMatch(rest -> rest.contains(text)))
            .toList();
    assertThat(unique).isNotEmpty();
    assertThat(everyValue()).noneMatch(value -> unique.stream().anyMatch(value::contains));
    assertThat(edition.purgeTexts(olderThan)).isZero();
    assertThat(log()).containsExactly("purge_texts 2017 " + purgedLines, "purge_texts 2017 0");
  }

  @Test
  default void purgeTexts_afterTheImport_noStoredTextAndNoRefusedMessageShowsAValue()
      throws IOException, SQLException {
    EditionStore edition = store().edition(definitions());
    edition.importFolder(sample(), r -> {});
    List<Object> before = new ArrayList<>();
    storedCounts(edition, before);
    List<Reject> refusedBefore = refused(edition);
    assertThat(refusedBefore)
        .filteredOn(r -> r.reason() != RejectReason.DUPLICATE_RESPONDENT)
        .anyMatch(r -> r.message().contains("\""));

    long rows = edition.purgeTexts(Instant.now().plusSeconds(60));

    List<Object> after = new ArrayList<>();
    storedCounts(edition, after);
    assertThat(after).hasSameSizeAs(before).allMatch(record -> texts(record).isEmpty());
    List<Reject> refusedAfter = refused(edition);
    assertThat(refusedAfter).extracting(Reject::reason)
        .isEqualTo(refusedBefore.stream().map(Reject::reason).toList());
    assertThat(refusedAfter)
        .filteredOn(r -> r.reason() != RejectReason.DUPLICATE_RESPONDENT)
        .noneMatch(r -> r.message().contains("\""));
    List<String> rests = before.stream().map(PrivacyContract::rest).toList();
    List<String> texts =
        before.stream()
            .flatMap(record -> texts(record).stream())
            .filter(text -> text.length() >= 12)
            .filter(text -> rests.stream().noneMatch(rest -> rest.contains(text)))
            .distinct()
            .toList();
    assertThat(texts).isNotEmpty();
    assertThat(everyValue()).noneMatch(value -> texts.stream().anyMatch(value::contains));
    assertThat(log()).containsExactly("purge_texts 2017 " + rows);
  }

  @Test
  default void purgeTexts_doubleOfAnAudit_itsCommentGoneItsOriginalKept()
      throws IOException, SQLException {
    Path audits = sample().resolve(DataValidator.AUDITS);
    List<String> lines = Files.readAllLines(audits);
    List<Long> candidates = new ArrayList<>();
    try (InputStream in = Files.newInputStream(audits)) {
      DataValidator.of(definitions())
          .validateAudits(
              in,
              DataValidator.AUDITS,
              result -> {
                if (result instanceof LineResult.Accepted<AuditRecord> accepted
                    && accepted.record().comment() != null
                    && accepted.record().auditor() != null) {
                  candidates.add(accepted.line());
                }
              });
    }
    String original =
        candidates.stream()
            .map(line -> lines.get((int) (line - 1)))
            .filter(line -> !line.contains("\\"))
            .findFirst()
            .orElseThrow();
    String id = original.replaceFirst("^\\{\"id\":\"([^\"]*)\".*$", "$1");
    String twice =
        original
            .replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"a-twice\"")
            .replaceFirst("\"auditor\":\"[^\"]*\"", "\"auditor\":\"aud-twice\"")
            .replaceFirst("\"comment\":\"[^\"]*\"", "\"comment\":\"" + ERASED_TEXT + "\"")
            .replaceFirst("}$", ",\"of\":\"" + id + "\"}");
    Files.writeString(
        sample().resolve(DataValidator.AUDITS), twice + "\n", StandardOpenOption.APPEND);
    EditionStore edition = store().edition(definitions());
    edition.importFolder(sample(), r -> {});
    List<Object> before = new ArrayList<>();
    SourceCounts counts = storedCounts(edition, before);

    edition.purgeTexts(Instant.now().plusSeconds(60));

    List<Object> after = new ArrayList<>();
    assertThat(storedCounts(edition, after)).isEqualTo(counts);
    AuditRecord purged =
        after.stream()
            .filter(record -> record instanceof AuditRecord audit && audit.isDouble())
            .map(AuditRecord.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(purged.id().value()).isEqualTo("a-twice");
    assertThat(purged.of().value()).isEqualTo(id);
    assertThat(purged.comment()).isNull();
    assertThat(everyValue()).noneMatch(value -> value.contains(ERASED_TEXT));
    // The purged double is read as an earlier double of its original: its auditor is taken.
    assertThat(edition.acceptAudit(twice.replace("a-twice", "a-thrice"), "k-thrice"))
        .isInstanceOfSatisfying(
            Outcome.Refused.class,
            refused ->
                assertThat(refused.reject().reason()).isEqualTo(RejectReason.SAME_AUDITOR));
  }

  private static Instant at(Object record) {
    return record instanceof Response response
        ? response.submittedAt().toInstant()
        : ((AuditRecord) record).performedAt().toInstant();
  }

  private static String id(Object record) {
    return record instanceof Response response
        ? response.id().value()
        : ((AuditRecord) record).id().value();
  }

  /** The free texts of a record: its text answers, or its audit comment. */
  private static List<String> texts(Object record) {
    if (record instanceof AuditRecord audit) {
      return audit.comment() == null ? List.of() : List.of(audit.comment());
    }
    return ((Response) record)
        .answers().values().stream()
            .filter(Answer.Text.class::isInstance)
            .map(answer -> ((Answer.Text) answer).value())
            .filter(text -> !text.isEmpty())
            .toList();
  }

  private static boolean hasText(Object record) {
    return record instanceof AuditRecord audit
        ? audit.comment() != null
        : !texts(record).isEmpty();
  }

  /**
   * @return the record's line without its texts, where a text may also be, e.g. as a segment
   */
  private static String rest(Object record) {
    Object rest = withoutTexts(record);
    return rest instanceof AuditRecord audit ? AuditLines.line(audit) : rest.toString();
  }

  /** A record with its texts left out, to compare the rest. */
  private static Object withoutTexts(Object record) {
    if (record instanceof AuditRecord audit) {
      return new AuditRecord(
          audit.id(), audit.grid(), audit.structure(), audit.channel(), audit.auditor(),
          audit.performedAt(), audit.observations(), null);
    }
    Response response = (Response) record;
    Map<Object, Answer> answers = new HashMap<>(response.answers());
    answers.values().removeIf(Answer.Text.class::isInstance);
    return List.of(
        response.id(), response.questionnaire(), response.structure(), response.channel(),
        response.submittedAt(), Objects.toString(response.locale()),
        Objects.toString(response.respondent()), response.segment(), answers);
  }
}
