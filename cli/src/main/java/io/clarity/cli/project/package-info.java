/**
 * Clarinet projects: the manifest and devnet settings ({@link io.clarity.cli.project.ClarinetProject}),
 * account addresses derived from mnemonics ({@link io.clarity.cli.project.AccountKeys}), and
 * deploying contract files in the order a deployment plan would
 * ({@link io.clarity.cli.project.Deployments}).
 */
package io.clarity.cli.project;
