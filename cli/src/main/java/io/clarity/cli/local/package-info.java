/**
 * The local chain of the one-off commands, kept between invocations in one atomically replaced
 * file ({@link io.clarity.cli.local.ChainStore}).
 */
package io.clarity.cli.local;
