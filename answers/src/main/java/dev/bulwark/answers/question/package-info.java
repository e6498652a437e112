/**
 * Questions as data: a {@link dev.bulwark.answers.question.Spec} (command, API path, help,
 * examples, {@link dev.bulwark.answers.question.Param}s with their
 * {@link dev.bulwark.answers.question.ParamType}s), the
 * {@link dev.bulwark.answers.question.Arguments} a request gives, and the registry
 * {@link dev.bulwark.answers.question.Questions} the adapters are made from.
 */
package dev.bulwark.answers.question;
