/**
 * The endpoints' work: each class answers one question of Bulwark over HTTP (who pays, who is
 * covered, where the forces stand, saved scenarios, campaign jobs), reading typed parameters and
 * answering tidy tables with the command line's column names.
 */
package dev.bulwark.server.api;
