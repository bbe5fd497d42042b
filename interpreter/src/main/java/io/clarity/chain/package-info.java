/**
 * The mocked chain: accounts, contracts and their storage, events, the asset maps of outflows that asset guards check, blocks and epochs,
 * all under one undo log for nested commit and rollback, which every transaction enters and leaves through one boundary
 * ({@link io.clarity.chain.Transaction}); the block history with the simnet's hashes and a mock clock, and the
 * versioned data that at-block reads.
 */
package io.clarity.chain;
