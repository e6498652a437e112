/** The Bulwark server: the app factory, its settings, the route table and the problem responses. */
package dev.bulwark.server;
