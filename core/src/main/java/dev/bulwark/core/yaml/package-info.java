/**
 * The one way Bulwark reads YAML: {@link dev.bulwark.core.yaml.YamlReader} maps a file onto
 * records or a tree, and {@link dev.bulwark.core.yaml.YamlProblem} turns what Jackson reports into
 * one message that names the file, line, column and field: {@code pivot.yaml line 7, column 5,
 * at forces[0].personel: unknown field ...}.
 */
package dev.bulwark.core.yaml;
