/**
 * The answers layer: every question Bulwark answers, each a request read and checked once and an
 * answer as one {@link dev.bulwark.answers.table.Table}, over an
 * {@link dev.bulwark.answers.AnswerContext} of ledgers and engines. The command line, the server
 * and the brief are thin adapters over {@link dev.bulwark.answers.question.Questions}.
 */
package dev.bulwark.answers;
