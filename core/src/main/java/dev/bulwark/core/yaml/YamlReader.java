package dev.bulwark.core.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML files onto records or into a tree, the one way every Bulwark module does. A reader
 * is immutable; {@link #withDefaults()} refuses unknown fields and missing numbers, and reads enum
 * values in any case. A misspelt field of a record is reported as such, before the record's own
 * rules see the field missing. A file that is not valid YAML, or does not fit its record, fails with the
 * module's bad-input exception carrying {@link YamlProblem#describe}'s message:
 * {@code pivot.yaml line 7, column 5, at forces[0].personel: unknown field ...}.
 */
public final class YamlReader {

  /**
   * The most characters a document may hold (4 MiB, four times the largest scenario file); the
   * parser stops at the limit rather than reading on.
   */
  public static final int MAX_CODE_POINTS = 4 << 20;
  /** The deepest nesting of mappings and lists (Bulwark's files nest four or five deep). */
  public static final int MAX_NESTING = 64;
  /** The most aliases ({@code *name}) a document may use, so that no alias bomb can expand. */
  public static final int MAX_ALIASES = 50;

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
    return new YamlReader(JsonMapper.builder(factory())
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build(), new KnownFields(UnaryOperator.identity()), BadInputException::new);
  }

  /**
   * The YAML factory every reader and its field check use: duplicate keys refused, and the
   * document's size, nesting and aliases bounded ({@link #MAX_CODE_POINTS}, {@link
   * #MAX_NESTING}, {@link #MAX_ALIASES}), so a hostile file fails fast with its line.
   */
  static YAMLFactory factory() {
    LoaderOptions limits = new LoaderOptions();
    limits.setCodePointLimit(MAX_CODE_POINTS);
    limits.setNestingDepthLimit(MAX_NESTING);
    limits.setMaxAliasesForCollections(MAX_ALIASES);
    limits.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(limits)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_CODE_POINTS).build())
        .build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
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
    if (text.isBlank()) {
      return null;
    }
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
    return readValue(source, in.readAllBytes(), type);
  }

  /**
   * Reads a value from the bytes of a YAML file, which must be UTF-8 text.
   *
   * @param source the file's name as messages show it
   * @return the value, or null for an empty document
   * @throws RuntimeException the bad-input exception: naming the file when it is not UTF-8 text
   *     (a UTF-16 byte-order mark, a byte sequence UTF-8 does not allow, a NUL byte), else its
   *     line, column and field
   */
  public <T> T readValue(String source, byte[] bytes, Class<T> type) {
    return readValue(source, utf8(source, bytes), type);
  }

  /** Decodes UTF-8 strictly: a file in another encoding, or binary, is refused by name. */
  private String utf8(String source, byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw badInput.apply(source + " is not UTF-8 text: it starts with a UTF-16 byte-order "
          + "mark; save it as UTF-8", null);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw badInput.apply(source + " is not UTF-8 text: byte " + i + " is NUL (a binary "
            + "file?)", null);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw badInput.apply(source + " is not UTF-8 text: it holds a byte sequence UTF-8 does not "
          + "allow; save it as UTF-8", e);
    }
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
