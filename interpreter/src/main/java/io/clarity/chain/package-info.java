/**
 * The mocked chain: accounts, contracts and their storage, events, the asset maps of outflows that asset guards check, blocks and epochs, all under one undo log for nested commit and rollback.
 */
package io.clarity.chain;
