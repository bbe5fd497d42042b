/**
 * Clarinet projects, shared by the JUnit support ({@code io.clarity.testing}) and the command
 * line: the manifest and devnet settings ({@link io.clarity.project.ClarinetProject}), with
 * versions and epochs resolved as clarinet-sdk resolves them; account addresses derived from
 * checked mnemonics ({@link io.clarity.project.AccountKeys}); the calls a simnet deployment plan
 * adds ({@link io.clarity.project.DeploymentPlan}); and deploying contract files as clarinet-sdk's
 * deployment plan would ({@link io.clarity.project.Deployments}). It sits above the facade
 * ({@link io.clarity.Simnet}), which knows nothing of projects.
 */
package io.clarity.project;
