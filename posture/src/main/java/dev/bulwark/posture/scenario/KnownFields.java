package dev.bulwark.posture.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the first field a scenario file names that its record does not have, with its line.
 * Jackson builds a record before it reports unknown fields, so a misspelt field would otherwise
 * be reported as the rule its absence breaks; this walk runs first and names the typo.
 */
final class KnownFields {

  private static final YAMLFactory YAML = new YAMLFactory();
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private KnownFields() {
  }

  /**
   * Checks every mapping of the document against the record it is read into.
   *
   * @throws PostureException BAD_INPUT at the first unknown field; YAML syntax errors are left
   *     to the reader, which reports them with their line
   */
  static void check(String text, String name, Class<?> type) {
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        walk(parser, type, "", name);
      }
    } catch (IOException syntax) {
      // The reader parses the same text again and reports the syntax error with its location.
    }
  }

  private static void walk(JsonParser parser, Class<?> type, String path, String file)
      throws IOException {
    Map<String, RecordComponent> fields = new TreeMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      fields.put(SNAKE.translate(component.getName()), component);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      String at = path.isEmpty() ? field : path + "." + field;
      RecordComponent component = fields.get(field);
      if (component == null) {
        JsonLocation where = parser.currentTokenLocation();
        throw PostureException.badInput(file + " line " + where.getLineNr() + ", column "
            + where.getColumnNr() + ", at " + at + ": unknown field '" + field
            + "': expected one of " + String.join(", ", fields.keySet()));
      }
      JsonToken value = parser.nextToken();
      Class<?> element = recordType(component.getGenericType());
      if (element != null && value == JsonToken.START_OBJECT) {
        walk(parser, element, at, file);
      } else if (element != null && value == JsonToken.START_ARRAY) {
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
          if (parser.currentToken() == JsonToken.START_OBJECT) {
            walk(parser, element, at + "[" + i + "]", file);
          } else {
            parser.skipChildren();
          }
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  /** The record a component holds, directly or as the element of a list; else null. */
  private static Class<?> recordType(Type type) {
    Type target = type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : type;
    return target instanceof Class<?> c && c.isRecord() ? c : null;
  }
}
