/**
 * Long runs as jobs: a campaign request is queued on a bounded executor, reports its progress,
 * can be cancelled cooperatively between blocks of replications, and is saved when it finishes.
 */
package dev.bulwark.server.jobs;
