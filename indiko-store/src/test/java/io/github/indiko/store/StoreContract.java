package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.samples.SampleEdition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store does, whatever its database: a subclass says how to open one ({@link
 * SqliteStoreTest}, {@link PostgresStoreTest}); a third database is one more subclass, and the
 * same tests run on it. The lines come from the bundled sample edition or the synthetic one, and
 * every refusal is compared with what the file validator gives for the same lines in a file
 * (formats.md, Rejects).
 */
abstract class StoreContract
    implements PrivacyContract, VolumeContract, InjectionContract, DoublesContract {
  /** A folder of the test's own. */
  @TempDir Path temp;

  /** The sample edition, copied. */
  Path sample;

  EditionDefinitions definitions;
  List<String> responseLines;
  IndikoStore store;

  /**
   * @return a store on the database of this test, migrated; each call opens the same database
   */
  protected abstract IndikoStore open();

  /**
   * @return a data source on the database of {@link #open()}, to look at its tables
   */
  protected abstract DataSource dataSource();

  @Override
  public IndikoStore store() {
    return store;
  }

  @Override
  public EditionDefinitions definitions() {
    return definitions;
  }

  @Override
  public Path sample() {
    return sample;
  }

  @Override
  public DataSource database() {
    return dataSource();
  }

  @Override
  public Path temp() {
    return temp;
  }

  @Override
  public List<String> acceptedLines() {
    return acceptedResponses().stream().map(responseLines::get).toList();
  }

  /** Removes what the test stored, after the store is closed; nothing by default. */
  protected void cleanup() {}

  @BeforeEach
  void openStore() throws IOException {
    sample = SampleEdition.copyTo(temp.resolve("edition-2017"));
    definitions = EditionFolder.load(sample);
    responseLines = lines(sample.resolve(DataValidator.RESPONSES));
    store = open();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
    cleanup();
  }

  /**
   * The lines of a file, split at {@code \n} as the validator splits them; a line that is not
   * UTF-8 (the sample holds one) is null.
   */
  static List<String> lines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length ? i > start : bytes[i] == '\n') {
        lines.add(utf8(Arrays.copyOfRange(bytes, start, i)));
        start = i + 1;
      }
    }
    return lines;
  }

  private static String utf8(byte[] line) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The file validator's results of some lines read as one file. */
  List<LineResult<?>> fileResults(String source, List<String> lines) {
    List<String> utf8 = lines.stream().map(line -> line == null ? "\u0000" : line).toList();
    byte[] bytes = (String.join("\n", utf8) + "\n").getBytes(StandardCharsets.UTF_8);
    List<LineResult<?>> results = new ArrayList<>();
    DataValidator validator = DataValidator.of(definitions);
    if (source.equals(DataValidator.RESPONSES)) {
      validator.validateResponses(new ByteArrayInputStream(bytes), source, results::add);
    } else {
      validator.validateAudits(new ByteArrayInputStream(bytes), source, results::add);
    }
    return results;
  }

  /** The file validator's rejects of the sample folder, responses first. */
  List<Reject> folderRejects(Path folder) throws IOException {
    List<Reject> rejects = new ArrayList<>();
    DataValidator validator = DataValidator.of(definitions);
    try (InputStream in = Files.newInputStream(folder.resolve(DataValidator.RESPONSES))) {
      validator.validateResponses(in, DataValidator.RESPONSES, r -> collect(r, rejects));
    }
    try (InputStream in = Files.newInputStream(folder.resolve(DataValidator.AUDITS))) {
      validator.validateAudits(in, DataValidator.AUDITS, r -> collect(r, rejects));
    }
    return rejects;
  }

  private static void collect(LineResult<?> result, List<Reject> rejects) {
    if (result instanceof LineResult.Rejected<?> rejected) {
      rejects.add(rejected.reject());
    }
  }

  /** The indices of the sample's responses accepted by the file validator. */
  List<Integer> acceptedResponses() {
    List<Integer> accepted = new ArrayList<>();
    for (LineResult<?> result : fileResults(DataValidator.RESPONSES, responseLines)) {
      if (result instanceof LineResult.Accepted<?>) {
        accepted.add((int) result.line() - 1);
      }
    }
    return accepted;
  }

  /** An accepted line of the sample that names a respondent. */
  String withRespondent() {
    return acceptedResponses().stream()
        .map(responseLines::get)
        .filter(line -> line.contains("\"respondent\":\""))
        .findFirst()
        .orElseThrow();
  }

  static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  long historyRows() throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT COUNT(*) FROM " + IndikoStore.HISTORY_TABLE + " WHERE success")) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void open_secondTime_appliesNothingAndKeepsTheLines() throws SQLException {
    String line = responseLines.get(acceptedResponses().get(0));
    assertThat(store.edition(definitions).accept(line, "k1")).isInstanceOf(Outcome.Stored.class);
    long applied = historyRows();
    try (IndikoStore again = open()) {
      assertThat(historyRows()).isEqualTo(applied).isPositive();
      assertThat(again.edition(definitions).count(DataValidator.RESPONSES)).isEqualTo(1);
      assertThat(again.describe()).doesNotContainIgnoringCase("password");
    }
  }

  @Test
  void accept_acceptedLine_dataGivesItBackByteForByte() throws IOException {
    EditionStore edition = store.edition(definitions);
    List<Integer> accepted = acceptedResponses();
    String first = responseLines.get(accepted.get(0));
    String second = responseLines.get(accepted.get(1));
    Outcome one = edition.accept(first, "k1");
    Outcome two = edition.accept(second, "k2");
    assertThat(one).isInstanceOf(Outcome.Stored.class);
    assertThat(two).isInstanceOf(Outcome.Stored.class);
    Receipt receipt = ((Outcome.Stored) one).receipt();
    assertThat(receipt.submissionKey()).isEqualTo("k1");
    assertThat(receipt.source()).isEqualTo(DataValidator.RESPONSES);
    assertThat(((Outcome.Stored) two).receipt().seq()).isGreaterThan(receipt.seq());
    assertThat(read(edition.data().responses())).isEqualTo(first + "\n" + second + "\n");
    assertThat(read(edition.data().audits())).isEmpty();
    assertThat(edition.data().describe()).contains("edition 2017");
  }

  @Test
  void accept_sameKeyAgain_replayedWithFirstReceiptAndNothingStored() {
    EditionStore edition = store.edition(definitions);
    List<Integer> accepted = acceptedResponses();
    Outcome first = edition.accept(responseLines.get(accepted.get(0)), "key");
    Outcome again = edition.accept(responseLines.get(accepted.get(1)), "key");
    assertThat(again)
        .isEqualTo(new Outcome.Replayed(((Outcome.Stored) first).receipt()));
    assertThat(edition.count(DataValidator.RESPONSES)).isEqualTo(1);
  }

  @Test
  void accept_duplicateIdAndRespondent_refusedAsTheFileValidatorRefusesThem() {
    EditionStore edition = store.edition(definitions);
    String kept = withRespondent();
    String sameId = kept.replace("\"respondent\":\"", "\"respondent\":\"other-");
    String sameRespondent = kept.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":\"$1-again\"");
    assertThat(sameId).isNotEqualTo(kept);
    assertThat(sameRespondent).isNotEqualTo(kept);
    assertThat(edition.accept(kept, "k1")).isInstanceOf(Outcome.Stored.class);
    for (String line : List.of(sameId, sameRespondent)) {
      Reject file =
          ((LineResult.Rejected<?>) fileResults(DataValidator.RESPONSES, List.of(kept, line))
                  .get(1))
              .reject();
      Outcome outcome = edition.accept(line, "k2");
      assertThat(outcome).isEqualTo(new Outcome.Refused(Verifier.at(file, 1)));
    }
    assertThat(((Outcome.Refused) edition.accept(sameId, "k2")).reject().reason())
        .isEqualTo(RejectReason.DUPLICATE_ID);
    assertThat(((Outcome.Refused) edition.accept(sameRespondent, "k2")).reject().reason())
        .isEqualTo(RejectReason.DUPLICATE_RESPONDENT);
    assertThat(edition.count(DataValidator.RESPONSES)).isEqualTo(1);
  }

  @Test
  void accept_refusedLine_keyStaysFreeForACorrectedLine() {
    EditionStore edition = store.edition(definitions);
    List<Integer> accepted = acceptedResponses();
    String kept = responseLines.get(accepted.get(0));
    edition.accept(kept, "k1");
    assertThat(edition.accept(kept, "k2")).isInstanceOf(Outcome.Refused.class);
    assertThat(edition.accept(responseLines.get(accepted.get(1)), "k2"))
        .isInstanceOf(Outcome.Stored.class);
  }

  @Test
  void accept_everyLineTheFileRefuses_refusedForTheSameReasonAndMessage() {
    EditionStore edition = store.edition(definitions);
    List<LineResult<?>> results = fileResults(DataValidator.RESPONSES, responseLines);
    int refused = 0;
    for (LineResult<?> result : results) {
      String line = responseLines.get((int) result.line() - 1);
      if (result instanceof LineResult.Rejected<?> rejected
          && line != null
          && !rejected.reject().reason().code().startsWith("duplicate")) {
        assertThat(edition.accept(line, "k" + result.line()))
            .isEqualTo(new Outcome.Refused(Verifier.at(rejected.reject(), 1)));
        refused++;
      }
    }
    assertThat(refused).isGreaterThan(20);
    assertThat(edition.count(DataValidator.RESPONSES)).isZero();
  }

  @Test
  void accept_lineWithTerminatorOrBlank_refusedMalformed() {
    EditionStore edition = store.edition(definitions);
    String kept = responseLines.get(acceptedResponses().get(0));
    for (String line : List.of(kept + "\n", kept + "\r", "  ", "\ufeff" + kept)) {
      Outcome outcome = edition.accept(line, "k");
      assertThat(outcome).isInstanceOf(Outcome.Refused.class);
      assertThat(((Outcome.Refused) outcome).reject().reason()).isEqualTo(RejectReason.MALFORMED);
    }
    assertThat(edition.count(DataValidator.RESPONSES)).isZero();
  }

  @Test
  void accept_responseAndAuditRecords_storedAsTheirLines() throws IOException {
    EditionStore edition = store.edition(definitions);
    List<LineResult<?>> audits =
        fileResults(
            DataValidator.AUDITS, lines(sample.resolve(DataValidator.AUDITS)));
    var audit =
        (io.github.indiko.core.audit.AuditRecord)
            audits.stream()
                .filter(LineResult.Accepted.class::isInstance)
                .map(r -> ((LineResult.Accepted<?>) r).record())
                .findFirst()
                .orElseThrow();
    Response response =
        (Response)
            ((LineResult.Accepted<?>)
                    fileResults(
                            DataValidator.RESPONSES,
                            List.of(responseLines.get(acceptedResponses().get(0))))
                        .get(0))
                .record();
    assertThat(edition.accept(response, "r")).isInstanceOf(Outcome.Stored.class);
    assertThat(edition.accept(audit, "a")).isInstanceOf(Outcome.Stored.class);
    assertThat(read(edition.data().audits()))
        .isEqualTo(io.github.indiko.core.format.AuditLines.line(audit) + "\n");
    assertThat(edition.count(DataValidator.AUDITS)).isEqualTo(1);
  }

  @Test
  void accept_withPseudonymiser_keepsPseudonymsAndStillFindsDuplicateRespondents()
      throws IOException {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(new byte[32]);
    EditionStore edition = store.edition(definitions, pseudonymiser);
    String kept = withRespondent();
    String token = kept.replaceFirst(".*\"respondent\":\"([^\"]*)\".*", "$1");
    assertThat(edition.accept(kept, "k1")).isInstanceOf(Outcome.Stored.class);
    String stored = read(edition.data().responses());
    assertThat(stored).doesNotContain(token).contains(pseudonymiser.pseudonym(token));
    String sameRespondent = kept.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":\"$1-again\"");
    Outcome outcome = edition.accept(sameRespondent, "k2");
    assertThat(((Outcome.Refused) outcome).reject().reason())
        .isEqualTo(RejectReason.DUPLICATE_RESPONDENT);
    assertThat(((Outcome.Refused) outcome).reject().message()).doesNotContain(token);
  }

  @Test
  void importFolder_sample_sameRejectsAsTheValidatorAndSecondImportStoresNothing()
      throws IOException {
    EditionStore edition = store.edition(definitions);
    List<Reject> expected = folderRejects(sample);
    List<Reject> first = new ArrayList<>();
    ImportCounts counts = edition.importFolder(sample, first::add);
    assertThat(first).isEqualTo(expected);
    assertThat(counts.refused()).isEqualTo(expected.size());
    assertThat(counts.stored()).isPositive();
    assertThat(counts.alreadyThere()).isZero();

    List<Reject> second = new ArrayList<>();
    ImportCounts again = edition.importFolder(sample, second::add);
    assertThat(second).isEqualTo(expected);
    assertThat(again)
        .isEqualTo(new ImportCounts(counts.read(), 0, counts.stored(), counts.refused()));

    List<Reject> kept = new ArrayList<>();
    edition.data().refused(DataValidator.RESPONSES, r -> kept.add(r.reject()));
    edition.data().refused(DataValidator.AUDITS, r -> kept.add(r.reject()));
    assertThat(kept).isEqualTo(expected);
  }

  @Test
  void export_afterImport_linesOfTheFolderWithoutTheRefusedOnes() throws IOException {
    EditionStore edition = store.edition(definitions);
    List<Reject> rejects = new ArrayList<>();
    edition.importFolder(sample, rejects::add);
    Path out = temp.resolve("export");
    edition.export(out);
    for (String source : List.of(DataValidator.RESPONSES, DataValidator.AUDITS)) {
      Set<Long> refused = new HashSet<>();
      rejects.stream().filter(r -> r.source().equals(source)).forEach(r -> refused.add(r.line()));
      List<String> lines = lines(sample.resolve(source));
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        if (!refused.contains(i + 1L) && !lines.get(i).isBlank()) {
          expected.append(lines.get(i)).append('\n');
        }
      }
      assertThat(Files.readAllBytes(out.resolve(source)))
          .isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void importFolder_appendedLine_storesOnlyIt() throws IOException {
    EditionStore edition = store.edition(definitions);
    ImportCounts first = edition.importFolder(sample, r -> {});
    String line = responseLines.get(acceptedResponses().get(0));
    String appended =
        line.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":\"appended\"")
            .replace("\"respondent\":\"", "\"respondent\":\"appended-");
    Files.writeString(
        sample.resolve(DataValidator.RESPONSES), appended + "\n", StandardOpenOption.APPEND);
    ImportCounts second = edition.importFolder(sample, r -> {});
    assertThat(second.stored()).isEqualTo(1);
    assertThat(second.alreadyThere()).isEqualTo(first.stored());
    assertThat(read(edition.data().responses())).endsWith(appended + "\n");
  }

  @Test
  void importFolder_lineAPortalSentFirst_refusedAsDuplicateWithItsLineNumber() throws IOException {
    EditionStore edition = store.edition(definitions);
    int index = acceptedResponses().get(3);
    assertThat(edition.accept(responseLines.get(index), "portal"))
        .isInstanceOf(Outcome.Stored.class);
    List<Reject> rejects = new ArrayList<>();
    edition.importFolder(sample, rejects::add);
    assertThat(rejects)
        .filteredOn(r -> r.line() == index + 1 && r.source().equals(DataValidator.RESPONSES))
        .singleElement()
        .extracting(Reject::reason)
        .isEqualTo(RejectReason.DUPLICATE_ID);
    List<Reject> kept = new ArrayList<>();
    edition.data().refused(DataValidator.RESPONSES, r -> kept.add(r.reject()));
    assertThat(kept).extracting(Reject::line).contains(index + 1L);
  }
}
