package dev.bulwark.core.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Finds the first field a YAML document names that its record does not have, or whose text is
 * longer than its {@link MaxLength}, with its line. Jackson builds a record before it reports
 * unknown fields, so a misspelt field would otherwise be reported as the rule its absence breaks,
 * and an over-long text at the end of its record; this walk runs first and names the field.
 */
final class KnownFields {

  private static final YAMLFactory YAML = YamlReader.factory();

  private final UnaryOperator<String> naming;

  /** Checks fields named from the records' components by {@code naming} (snake_case, say). */
  KnownFields(UnaryOperator<String> naming) {
    this.naming = naming;
  }

  /**
   * Checks every mapping of the document against the record it is read into.
   *
   * @return the problem at the first unknown field, as {@link YamlProblem} words it; null when
   *     there is none, the type is not a record, or the text is not valid YAML (the reader parses
   *     it again and reports the syntax error with its location)
   */
  String check(String text, String source, Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    try (JsonParser parser = YAML.createParser(text)) {
      return parser.nextToken() == JsonToken.START_OBJECT
          ? walk(parser, type, "", source) : null;
    } catch (IOException syntax) {
      return null;
    }
  }

  private String walk(JsonParser parser, Class<?> type, String path, String source)
      throws IOException {
    Map<String, RecordComponent> fields = new TreeMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
      fields.put(renamed != null && !renamed.value().isEmpty() ? renamed.value()
          : naming.apply(component.getName()), component);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      String at = path.isEmpty() ? field : path + "." + field;
      RecordComponent component = fields.get(field);
      if (component == null) {
        return YamlProblem.at(source, parser.currentTokenLocation(), at) + ": unknown field '"
            + field + "': expected one of " + String.join(", ", fields.keySet());
      }
      String problem = value(parser, component, at, source);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /**
   * Walks the value of a field: a record, a list of records, a text checked against its
   * {@link MaxLength}, or anything else (skipped).
   */
  private String value(JsonParser parser, RecordComponent component, String at, String source)
      throws IOException {
    JsonToken value = parser.nextToken();
    MaxLength max = component.getAnnotation(MaxLength.class);
    if (max != null && value == JsonToken.VALUE_STRING
        && parser.getTextLength() > max.value()) {
      String field = at.substring(at.lastIndexOf('.') + 1);
      return YamlProblem.at(source, parser.currentTokenLocation(), at) + ": " + field
          + " must be at most " + max.value() + " characters, was " + parser.getTextLength();
    }
    Class<?> element = recordType(component.getGenericType());
    if (element != null && value == JsonToken.START_OBJECT) {
      return walk(parser, element, at, source);
    }
    if (element != null && value == JsonToken.START_ARRAY) {
      for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
          String problem = walk(parser, element, at + "[" + i + "]", source);
          if (problem != null) {
            return problem;
          }
        } else {
          parser.skipChildren();
        }
      }
      return null;
    }
    parser.skipChildren();
    return null;
  }

  /** The record a component holds, directly or as the element of a list; else null. */
  private static Class<?> recordType(Type type) {
    Type target = type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : type;
    return target instanceof Class<?> c && c.isRecord() ? c : null;
  }
}
