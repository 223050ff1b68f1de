package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.RejectReason;
import java.io.IOException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Texts written to break out of an SQL literal, in everything a citizen or a portal chooses (a
 * comment, a respondent token, a submission key), are kept and found as data on every database:
 * the store only runs prepared statements with those values as parameters (docs/security.md, *SQL
 * injection*). Implemented by {@link StoreContract}; the store and its tables are those of {@link
 * PrivacyContract}.
 */
interface InjectionContract extends PrivacyContract {
  /** Quotes, comment markers, a second statement, a PostgreSQL dollar quote and a backslash. */
  String SQL = "x'); DROP TABLE indiko_responses; -- ' OR '1'='1 /* $$ \\\\ ";

  @Test
  default void accept_sqlInTextRespondentAndKey_keptAsDataAndFoundAsData()
      throws IOException, SQLException {
    EditionStore edition = store().edition(definitions());
    String model =
        acceptedLines().stream()
            .filter(line -> line.contains("\"comment\":\"") && !line.contains("\\"))
            .filter(line -> !line.contains("\"respondent\""))
            .findFirst()
            .orElseThrow();
    String line = hostile(model, "r-sql-1");
    String again = hostile(model, "r-sql-2");

    Outcome stored = edition.accept(line, SQL + "key");
    Outcome replayed = edition.accept(again, SQL + "key");
    Outcome duplicate = edition.accept(again, SQL + "other key");

    assertThat(stored).isInstanceOf(Outcome.Stored.class);
    assertThat(replayed).isEqualTo(new Outcome.Replayed(((Outcome.Stored) stored).receipt()));
    assertThat(((Outcome.Refused) duplicate).reject().reason())
        .isEqualTo(RejectReason.DUPLICATE_RESPONDENT);
    assertThat(StoreContract.read(edition.data().responses())).isEqualTo(line + "\n");
    assertThat(everyValue()).contains(SQL + "key", SQL + "respondent");
    assertThat(edition.erase(SQL + "respondent")).isEqualTo(1);
    assertThat(edition.count(DataValidator.RESPONSES)).isZero();
  }

  /** The model line with another id, and the SQL text as its comment and respondent. */
  private static String hostile(String model, String id) {
    String json = SQL.replace("\\", "\\\\");
    return model
        .replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\"")
        .replaceFirst(
            "\"comment\":\"[^\"]*\"", Matcher.quoteReplacement("\"comment\":\"" + json + "\""))
        .replaceFirst(
            "\\{", Matcher.quoteReplacement("{\"respondent\":\"" + json + "respondent\","));
  }
}
