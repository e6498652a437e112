package dev.bulwark.core.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Reads YAML files onto records or into a tree, the one way every Bulwark module does. A reader
 * is immutable; {@link #withDefaults()} refuses unknown fields and missing numbers, and reads enum
 * values in any case. A misspelt field of a record is reported as such, before the record's own
 * rules see the field missing. A file that is not valid YAML, or does not fit its record, fails with the
 * module's bad-input exception carrying {@link YamlProblem#describe}'s message:
 * {@code pivot.yaml line 7, column 5, at forces[0].personel: unknown field ...}.
 */
public final class YamlReader {

  private final ObjectMapper mapper;
  private final KnownFields knownFields;
  private final BiFunction<String, Throwable, ? extends RuntimeException> badInput;

  private YamlReader(ObjectMapper mapper, KnownFields knownFields,
      BiFunction<String, Throwable, ? extends RuntimeException> badInput) {
    this.mapper = mapper;
    this.knownFields = knownFields;
    this.badInput = badInput;
  }

  /**
   * Returns a reader that refuses unknown fields and nulls for numbers, takes enum values in any
   * case, names fields as the records' components are named, and fails with
   * {@link BadInputException}.
   */
  public static YamlReader withDefaults() {
    return new YamlReader(JsonMapper.builder(new YAMLFactory())
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build(), new KnownFields(UnaryOperator.identity()), BadInputException::new);
  }

  /** Returns this reader with fields in snake_case: {@code target_share_pct} for {@code targetSharePct}. */
  public YamlReader withSnakeCaseFields() {
    PropertyNamingStrategies.NamingBase snake =
        (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    return new YamlReader(mapper.copy().setPropertyNamingStrategy(snake),
        new KnownFields(snake::translate), badInput);
  }

  /** Returns this reader refusing a number with a fraction, such as 2.5, where a whole one is due. */
  public YamlReader withWholeNumbersOnly() {
    return new YamlReader(mapper.copy().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT),
        knownFields, badInput);
  }

  /**
   * Returns this reader failing with the exception a module makes (its own family) from the
   * message and the Jackson problem behind it, such as {@code PostureException::badInput}.
   */
  public YamlReader withBadInput(
      BiFunction<String, Throwable, ? extends RuntimeException> exception) {
    return new YamlReader(mapper, knownFields, exception);
  }

  /**
   * Reads a value from YAML text.
   *
   * @param source the file's name as messages show it
   * @return the value, or null for an empty document
   * @throws RuntimeException the bad-input exception, naming file, line, column and field
   */
  public <T> T readValue(String source, String text, Class<T> type) {
    String unknown = knownFields.check(text, source, type);
    if (unknown != null) {
      throw badInput.apply(unknown, null);
    }
    try {
      return mapper.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw badInput.apply(YamlProblem.describe(source, e), e);
    }
  }

  /**
   * Reads a value from a YAML stream, which the caller closes.
   *
   * @param source the file's name as messages show it
   * @return the value, or null for an empty document
   * @throws IOException when the stream cannot be read
   * @throws RuntimeException the bad-input exception, naming file, line, column and field
   */
  public <T> T readValue(String source, InputStream in, Class<T> type) throws IOException {
    return readValue(source, new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a YAML stream as a tree, which the caller closes.
   *
   * @param source the file's name as messages show it
   * @return the document's root, a missing node for an empty document
   * @throws IOException when the stream cannot be read
   * @throws RuntimeException the bad-input exception, naming file, line and column
   */
  public JsonNode readTree(String source, InputStream in) throws IOException {
    try {
      return mapper.readTree(in);
    } catch (JsonProcessingException e) {
      throw badInput.apply(YamlProblem.describe(source, e), e);
    }
  }
}
